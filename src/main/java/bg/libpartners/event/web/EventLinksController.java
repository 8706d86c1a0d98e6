package bg.libpartners.event.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.event.EventReads;
import bg.libpartners.event.EventService;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.pick.PickService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The form that links materials and good practices to an event, each picked by name with the type-ahead (or, without
 * script, searched and picked); the event service checks who may change the event and that each link exists.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class EventLinksController {

    /** What the form holds: the picked ids, as the pickers send them (several values, joined by commas). */
    public static class LinksForm {
        private String materials;
        private String practices;

        public String getMaterials() {
            return materials;
        }

        public void setMaterials(String materials) {
            this.materials = materials;
        }

        public String getPractices() {
            return practices;
        }

        public void setPractices(String practices) {
            this.practices = practices;
        }
    }

    private final EventService service;
    private final EventReads reads;

    EventLinksController(EventService service, EventReads reads) {
        this.service = service;
        this.reads = reads;
    }

    @GetMapping("/events/{id}/links")
    String form(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var event = managed(me, id);
        var form = new LinksForm();
        form.setMaterials(
                event.materialIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        form.setPractices(
                event.practiceIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        model.addAttribute("form", form);
        model.addAttribute("event", event);
        return "event/links";
    }

    @PostMapping("/events/{id}/links")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @ModelAttribute("form") LinksForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        var event = managed(me, id);
        model.addAttribute("event", event);
        if (PickService.searching(request)) {
            return "event/links";
        }
        try {
            service.link(
                    me,
                    id,
                    ids("materials", form.getMaterials(), "event.error.unknownMaterial"),
                    ids("practices", form.getPractices(), "event.error.unknownPractice"));
        } catch (BadRequestException e) {
            EventController.reject(result, e);
            return "event/links";
        }
        redirect.addFlashAttribute("linksSaved", true);
        return "redirect:/events/" + id;
    }

    private bg.libpartners.event.EventView managed(CurrentUser me, long id) {
        var event = reads.view(me, id);
        if (!event.mayManage()) {
            throw new AccessDeniedException("event " + id);
        }
        return event;
    }

    static Set<Long> ids(String field, String values, String error) {
        var ids = new LinkedHashSet<Long>();
        if (values == null) {
            return ids;
        }
        for (var v : Arrays.stream(values.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()) {
            if (!v.matches("\\d{1,18}")) {
                throw new BadRequestException(field, error, v);
            }
            ids.add(Long.parseLong(v));
        }
        return ids;
    }
}
