package bg.libpartners.support.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.web.ApiPage;
import bg.libpartners.support.KnowledgeBase;
import bg.libpartners.support.SupportQueries;
import bg.libpartners.support.SupportStatsService;
import bg.libpartners.support.SupportViews.AnswerView;
import bg.libpartners.support.SupportViews.ExpertLoad;
import bg.libpartners.support.SupportViews.Stats;
import bg.libpartners.support.SupportViews.TopicView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The support overview's figures, the topics, the experts' load, and the public questions and answers. */
@RestController
@RequestMapping("/api/v1/support")
@Tag(name = "Support overview", description = "Figures of expert support, topics, experts, public answers")
class SupportStatsApiController {

    private final SupportStatsService stats;
    private final SupportQueries queries;
    private final KnowledgeBase knowledge;

    SupportStatsApiController(SupportStatsService stats, SupportQueries queries, KnowledgeBase knowledge) {
        this.stats = stats;
        this.queries = queries;
        this.knowledge = knowledge;
    }

    @Operation(
            summary = "Open, overdue, near-target and closed requests, median first response and time to close "
                    + "in working hours of Europe/Sofia, ratings, by topic and by oblast (coordinators: their oblasts)")
    @GetMapping("/stats")
    Stats stats(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String oblast) {
        return stats.stats(me, oblast);
    }

    @Operation(summary = "The topics people ask about, with each one's first-answer target in working hours")
    @GetMapping("/topics")
    List<TopicView> topics() {
        return queries.topics(true);
    }

    @Operation(summary = "The experts with their topics, open requests and median first response (for assignment)")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','EXPERT')")
    @GetMapping("/experts")
    List<ExpertLoad> experts(@RequestParam(required = false) String topic) {
        return queries.experts(topic);
    }

    @Operation(summary = "Public questions and answers, searched in Bulgarian")
    @GetMapping("/answers")
    ApiPage<AnswerView> answers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(
                knowledge.search(q, topic, PageRequest.of(Math.max(0, page), Math.min(Math.max(size, 1), 100))), false);
    }

    @Operation(summary = "One public question and answer")
    @GetMapping("/answers/{id}")
    AnswerView answer(@PathVariable long id) {
        return knowledge.get(id);
    }
}
