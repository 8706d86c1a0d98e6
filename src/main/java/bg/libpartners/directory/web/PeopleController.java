package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.BoardAndStaff;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.InvalidOrganisationException;
import bg.libpartners.directory.PeopleList;
import bg.libpartners.directory.PersonRole;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.web.EditConflict;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board of a chitalishte or the staff of a library or partner, edited from the organisation's page by those who
 * may edit the organisation: add, change, remove a person, and invite one who has an e-mail.
 */
@Controller
class PeopleController {

    private static final String[] COMPARED = {"role", "name", "email", "phone", "termFrom", "termTo"};

    private final BoardAndStaff boards;
    private final Directory directory;
    private final MessageSource messages;

    PeopleController(BoardAndStaff boards, Directory directory, MessageSource messages) {
        this.boards = boards;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/organisations/{id}/people/new")
    String addForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        directory.checkMayEdit(me, id);
        return form(new PersonForm(), id, null, model);
    }

    @PostMapping("/organisations/{id}/people")
    String add(
            @PathVariable long id,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser me,
            Model model,
            RedirectAttributes redirect) {
        directory.checkMayEdit(me, id);
        if (!result.hasErrors()) {
            try {
                boards.add(me, id, form.toInput());
                redirect.addFlashAttribute("peopleNotice", "directory.people.saved");
                return "redirect:/organisations/" + id + "#people";
            } catch (InvalidOrganisationException e) {
                e.errors().forEach(result::rejectValue);
            }
        }
        return form(form, id, null, model);
    }

    @GetMapping("/organisations/{id}/people/{personId}/edit")
    String editForm(
            @PathVariable long id, @PathVariable long personId, @AuthenticationPrincipal CurrentUser me, Model model) {
        directory.checkMayEdit(me, id);
        return form(PersonForm.of(boards.one(me, id, personId)), id, personId, model);
    }

    @PostMapping("/organisations/{id}/people/{personId}")
    String save(
            @PathVariable long id,
            @PathVariable long personId,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser me,
            Model model,
            RedirectAttributes redirect) {
        directory.checkMayEdit(me, id);
        if (!result.hasErrors()) {
            try {
                boards.update(me, id, personId, form.toInput());
                redirect.addFlashAttribute("peopleNotice", "directory.people.saved");
                return "redirect:/organisations/" + id + "#people";
            } catch (InvalidOrganisationException e) {
                e.errors().forEach(result::rejectValue);
            } catch (ObjectOptimisticLockingFailureException e) {
                var saved = PersonForm.of(boards.one(me, id, personId));
                EditConflict.report(result, saved, "directory.person.field.", COMPARED);
                form.setVersion(saved.getVersion());
            }
        }
        return form(form, id, personId, model);
    }

    @PostMapping("/organisations/{id}/people/{personId}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        boards.remove(me, id, personId);
        redirect.addFlashAttribute("peopleNotice", "directory.people.removed");
        return "redirect:/organisations/" + id + "#people";
    }

    /** Invites the person by the e-mail on their row; a refusal (an account exists already) is said on the page. */
    @PostMapping("/organisations/{id}/people/{personId}/invite")
    String invite(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal CurrentUser me,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            var sent = boards.invite(me, id, personId, locale);
            redirect.addFlashAttribute("peopleNotice", "directory.people.invited");
            if (!sent.mailed()) {
                redirect.addFlashAttribute("invitedLink", sent.link());
            }
        } catch (BadRequestException e) {
            redirect.addFlashAttribute(
                    "peopleError", messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(), locale));
        }
        return "redirect:/organisations/" + id + "#people";
    }

    private String form(PersonForm form, long id, Long personId, Model model) {
        var org = directory.find(id);
        var list = PeopleList.of(org.kind());
        model.addAttribute("form", form);
        model.addAttribute("org", org);
        model.addAttribute("personId", personId);
        model.addAttribute("list", list);
        model.addAttribute("roles", PersonRole.of(list));
        return "directory/person";
    }
}
