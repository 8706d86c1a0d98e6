package bg.libpartners.support.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.support.KnowledgeBase;
import bg.libpartners.support.SupportQueries;
import bg.libpartners.support.SupportStatsService;
import bg.libpartners.support.TopicService;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support side's pages: the coordinator's queue with assignment, an expert's page, the overview, the topics the
 * admin keeps; and the public questions and answers.
 */
@Controller
class SupportDeskController {

    private final SupportQueries queries;
    private final SupportStatsService stats;
    private final TopicService topics;
    private final KnowledgeBase knowledge;

    SupportDeskController(
            SupportQueries queries, SupportStatsService stats, TopicService topics, KnowledgeBase knowledge) {
        this.queries = queries;
        this.stats = stats;
        this.topics = topics;
        this.knowledge = knowledge;
    }

    /** Unassigned requests and those past or near their target, in the coordinator's oblasts. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    @GetMapping("/support/queue")
    String queue(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String oblast, Model model) {
        var unassigned = queries.list(me, new SupportQueries.Filter(null, null, oblast, false, true, false), 0, 100);
        var overdue = queries.list(me, new SupportQueries.Filter(null, null, oblast, true, false, false), 0, 100);
        model.addAttribute(
                "unassigned",
                unassigned.rows().stream()
                        .filter(r -> r.status() != bg.libpartners.support.SupportStatus.CLOSED)
                        .toList());
        model.addAttribute("overdue", overdue.rows());
        model.addAttribute("experts", queries.experts(null));
        model.addAttribute("oblast", oblast);
        return "support/queue";
    }

    @GetMapping("/support/experts/{id}")
    String expert(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        boolean self = me.role() == Role.EXPERT && me.id() != null && me.id() == id;
        if (!self && !me.isAdmin() && me.role() != Role.COORDINATOR) {
            throw new AccessDeniedException("expert page");
        }
        var expert = queries.expert(id);
        model.addAttribute("expert", expert);
        model.addAttribute("mine", queries.topicsOf(id));
        model.addAttribute("topics", queries.topics(true));
        var filter = new SupportQueries.Filter(null, null, null, false, false, self);
        model.addAttribute(
                "work",
                self
                        ? queries.list(me, filter, 0, 100).rows()
                        : queries.list(me, SupportQueries.Filter.none(), 0, 100).rows().stream()
                                .filter(r -> Long.valueOf(id).equals(r.expertId()))
                                .toList());
        model.addAttribute("self", self);
        return "support/expert";
    }

    @PostMapping("/support/experts/{id}/topics")
    String expertTopics(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(name = "topic", required = false) List<String> codes,
            RedirectAttributes redirect) {
        try {
            topics.setExpertTopics(me, id, codes == null ? List.of() : codes);
            redirect.addFlashAttribute("notice", "support.flash.topicsSaved");
        } catch (BadRequestException | ConflictException e) {
            SupportController.fail(redirect, e);
        }
        return "redirect:/support/experts/" + id;
    }

    @GetMapping("/support/overview")
    String overview(
            @AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String oblast, Model model) {
        model.addAttribute("stats", stats.stats(me, oblast));
        model.addAttribute("topics", queries.topics(false));
        model.addAttribute("experts", queries.experts(null));
        model.addAttribute("oblast", oblast);
        return "support/overview";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/support/topics")
    String topicList(Model model) {
        model.addAttribute("topics", queries.topics(false));
        return "support/topics";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/support/topics")
    String saveTopic(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String nameBg,
            @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) Integer targetHours,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            topics.save(
                    me,
                    id,
                    new TopicService.TopicInput(code, nameBg, nameEn, targetHours, id == null || active),
                    version);
            redirect.addFlashAttribute("notice", "support.flash.topicSaved");
        } catch (BadRequestException | ConflictException e) {
            SupportController.fail(redirect, e);
        }
        return "redirect:/support/topics";
    }

    @PostMapping("/support/requests/{id}/publication")
    String publish(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        try {
            long answerId = knowledge.publish(me, id, question, answer);
            redirect.addFlashAttribute("notice", "support.flash.published");
            return "redirect:/support/answers/" + answerId;
        } catch (BadRequestException | ConflictException e) {
            SupportController.fail(redirect, e);
            return "redirect:/support/requests/" + id;
        }
    }

    @GetMapping("/support/answers")
    String answers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", knowledge.search(q, topic, PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("q", q);
        model.addAttribute("topic", topic);
        model.addAttribute("topics", queries.topics(true));
        return "support/answers";
    }

    @GetMapping("/support/answers/{id}")
    String answer(@PathVariable long id, Model model) {
        model.addAttribute("a", knowledge.get(id));
        return "support/answer";
    }
}
