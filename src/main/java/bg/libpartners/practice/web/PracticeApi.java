package bg.libpartners.practice.web;

import bg.libpartners.platform.BadRequestException;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only API of the catalogue: published practices, searchable and faceted like the pages. */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeApi {

    static final int MAX_SIZE = 100;

    private final PracticeService practices;
    private final PracticeSearch search;

    PracticeApi(PracticeService practices, PracticeSearch search) {
        this.practices = practices;
        this.search = search;
    }

    /** A practice as the API shows it: the story only in its sanitised form. */
    record PracticeResource(Long id, String title, String summary, String storyHtml, String country, String place,
            Integer startYear, Integer endYear, String results, String lessons, Long partnershipId,
            String authorName, PracticeStatus status, Instant publishedAt, List<PracticeDraft.Partner> partners,
            Set<String> fields, Set<String> targetGroups, List<PracticeDraft.Figure> figures, List<String> images) {

        static PracticeResource of(PracticeView p) {
            return new PracticeResource(p.id(), p.title(), p.summary(), p.storyHtml(), p.country(), p.place(),
                    p.startYear(), p.endYear(), p.results(), p.lessons(), p.partnershipId(), p.authorName(),
                    p.status(), p.publishedAt(), p.partners(), p.fields(), p.targetGroups(), p.figures(),
                    p.images().stream().map(i -> "/practices/" + p.id() + "/images/" + i.position()).toList());
        }
    }

    @GetMapping
    PagedModel<PracticeCard> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<String> country, @RequestParam(required = false) Set<String> partnerType,
            @RequestParam(required = false) Set<String> field, @RequestParam(required = false) Set<String> targetGroup,
            @RequestParam(required = false) Set<Integer> year, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return new PagedModel<>(search.page(
                new PracticeSearch.Criteria(q, country, partnerType, field, targetGroup, year), pageRequest(page, size)));
    }

    /** The facet counts for a search, value by value. */
    @GetMapping("/facets")
    Map<String, List<PracticeSearch.FacetValue>> facets(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<String> country, @RequestParam(required = false) Set<String> partnerType,
            @RequestParam(required = false) Set<String> field, @RequestParam(required = false) Set<String> targetGroup,
            @RequestParam(required = false) Set<Integer> year) {
        return search.search(new PracticeSearch.Criteria(q, country, partnerType, field, targetGroup, year),
                PageRequest.of(0, 1)).facets();
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
