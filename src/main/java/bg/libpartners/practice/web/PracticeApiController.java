package bg.libpartners.practice.web;

import bg.libpartners.platform.BadRequestException;
import bg.libpartners.practice.PartnershipPracticeService;
import bg.libpartners.practice.PracticeCard;
import bg.libpartners.practice.PracticeDraft;
import bg.libpartners.practice.PracticeSearch;
import bg.libpartners.practice.PracticeService;
import bg.libpartners.practice.PracticeStatus;
import bg.libpartners.practice.PracticeView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API of the catalogue: published practices, public, searchable and faceted like the pages; and for signed-in
 * users what the pages do besides — a draft from a partnership, the review queue, publishing and returning (the
 * service checks each record: coordinators only for their oblasts).
 */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeApiController {

    static final int MAX_SIZE = 100;

    private final PracticeService practices;
    private final PracticeSearch search;
    private final PartnershipPracticeService fromPartnerships;

    private final bg.libpartners.practice.PracticePickSource picks;

    PracticeApiController(
            PracticeService practices,
            PracticeSearch search,
            PartnershipPracticeService fromPartnerships,
            bg.libpartners.practice.PracticePickSource picks) {
        this.picks = picks;
        this.practices = practices;
        this.search = search;
        this.fromPartnerships = fromPartnerships;
    }

    /** A moderator's reason for returning a practice to its author. */
    record ReturnRequest(String comment) {}

    /**
     * A practice as the API shows it: the story only in its sanitised form; {@code illustrative}: the story adds
     * details its source does not hold, for illustration.
     */
    record PracticeResource(
            Long id,
            String title,
            String summary,
            String storyHtml,
            String country,
            String place,
            Integer startYear,
            Integer endYear,
            String results,
            String lessons,
            Long partnershipId,
            String authorName,
            PracticeStatus status,
            Instant publishedAt,
            List<PracticeDraft.Partner> partners,
            Set<String> fields,
            Set<String> targetGroups,
            List<PracticeDraft.Figure> figures,
            List<String> images,
            boolean illustrative) {

        static PracticeResource of(PracticeView p) {
            return new PracticeResource(
                    p.id(),
                    p.title(),
                    p.summary(),
                    p.storyHtml(),
                    p.country(),
                    p.place(),
                    p.startYear(),
                    p.endYear(),
                    p.results(),
                    p.lessons(),
                    p.partnershipId(),
                    p.authorName(),
                    p.status(),
                    p.publishedAt(),
                    p.partners(),
                    p.fields(),
                    p.targetGroups(),
                    p.figures(),
                    p.images().stream()
                            .map(i -> "/practices/" + p.id() + "/images/" + i.position())
                            .toList(),
                    p.illustrative());
        }
    }

    @GetMapping
    PagedModel<PracticeCard> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<String> country,
            @RequestParam(required = false) Set<String> partnerType,
            @RequestParam(required = false) Set<String> field,
            @RequestParam(required = false) Set<String> targetGroup,
            @RequestParam(required = false) Set<Integer> year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return new PagedModel<>(search.page(
                new PracticeSearch.Criteria(q, country, partnerType, field, targetGroup, year),
                pageRequest(page, size)));
    }

    /** The facet counts for a search, value by value. */
    @GetMapping("/facets")
    Map<String, List<PracticeSearch.FacetValue>> facets(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<String> country,
            @RequestParam(required = false) Set<String> partnerType,
            @RequestParam(required = false) Set<String> field,
            @RequestParam(required = false) Set<String> targetGroup,
            @RequestParam(required = false) Set<Integer> year) {
        return search.search(
                        new PracticeSearch.Criteria(q, country, partnerType, field, targetGroup, year),
                        PageRequest.of(0, 1))
                .facets();
    }

    /** For type-ahead pickers: published practices whose words match {@code q}, as value (the id), label and hint. */
    @GetMapping("/suggest")
    List<bg.libpartners.platform.pick.Choice> suggest(@RequestParam(defaultValue = "") String q) {
        var words = q.strip();
        return words.length() < 2
                ? List.of()
                : picks.suggest(
                        "practice",
                        words.length() > 100 ? words.substring(0, 100) : words,
                        bg.libpartners.platform.pick.PickService.LIMIT);
    }

    @GetMapping("/{id}")
    PracticeResource get(@PathVariable long id) {
        return PracticeResource.of(practices.view(id));
    }

    @GetMapping("/{id}/similar")
    List<PracticeCard> similar(@PathVariable long id) {
        var practice = practices.view(id);
        return search.similar(practice, 5);
    }

    /** "Publish as a good practice": a draft filled from the partnership, to complete at {@code /practices/{id}/edit}. */
    @PreAuthorize("hasAnyRole('LIBRARIAN','COORDINATOR','ADMIN')")
    @PostMapping("/from-partnership/{partnershipId}")
    ResponseEntity<PracticeResource> fromPartnership(@PathVariable long partnershipId) {
        long id = fromPartnerships.start(partnershipId);
        return ResponseEntity.created(java.net.URI.create("/api/v1/practices/" + id))
                .body(PracticeResource.of(practices.view(id)));
    }

    /** What waits for the signed-in moderator: an admin's queue holds everything, a coordinator's their oblasts. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    @GetMapping("/review")
    List<PracticeCard> review() {
        return practices.reviewQueue();
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/{id}/publish")
    PracticeResource publish(@PathVariable long id) {
        practices.publish(id);
        return PracticeResource.of(practices.view(id));
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/{id}/return")
    PracticeResource returnToAuthor(@PathVariable long id, @RequestBody(required = false) ReturnRequest request) {
        practices.returnWith(id, request == null ? null : request.comment());
        return PracticeResource.of(practices.view(id));
    }

    private static PageRequest pageRequest(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page", "platform.error.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "platform.error.size", MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }
}
