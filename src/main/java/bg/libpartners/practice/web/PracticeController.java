package bg.libpartners.practice.web;

import bg.libpartners.material.MaterialService;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.practice.AtomFeed;
import bg.libpartners.practice.BrochureRenderer;
import bg.libpartners.practice.PracticeSearch;
import bg.libpartners.practice.PracticeService;
import bg.libpartners.practice.PracticeView;
import bg.libpartners.practice.StoryRenderer;
import bg.libpartners.practice.web.PageModels.FacetGroup;
import bg.libpartners.practice.web.PageModels.FacetLink;
import bg.libpartners.practice.web.PageModels.PageMeta;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The public face of the catalogue: search with facets, a practice's page, its pictures, the feed, the brochure. */
@Controller
class PracticeController {

    static final int PAGE_SIZE = 20;

    private final PracticeService practices;
    private final PracticeSearch search;
    private final BrochureRenderer brochure;
    private final AtomFeed feed;
    private final MaterialService materials;
    private final String baseUrl;

    PracticeController(
            PracticeService practices,
            PracticeSearch search,
            BrochureRenderer brochure,
            AtomFeed feed,
            MaterialService materials,
            LibPartnersProperties properties) {
        this.practices = practices;
        this.search = search;
        this.brochure = brochure;
        this.feed = feed;
        this.materials = materials;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    @GetMapping("/practices")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<String> country,
            @RequestParam(required = false) Set<String> partnerType,
            @RequestParam(required = false) Set<String> field,
            @RequestParam(required = false) Set<String> targetGroup,
            @RequestParam(required = false) Set<Integer> year,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        var criteria = new PracticeSearch.Criteria(q, country, partnerType, field, targetGroup, year);
        var result = search.search(criteria, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("result", result.page());
        model.addAttribute(
                "facets",
                List.of(
                        group(request, "country", result.facets().get("country")),
                        group(request, "partnerType", result.facets().get("partners.type")),
                        group(request, "field", result.facets().get("field")),
                        group(request, "targetGroup", result.facets().get("targetGroup")),
                        group(request, "year", result.facets().get("year"))));
        model.addAttribute("pagePath", link(request, "page", List.of()));
        model.addAttribute(
                "pageMeta", new PageMeta(null, null, baseUrl + "/practices", baseUrl + "/practices/feed.atom"));
        model.addAttribute("mayWrite", practices.mayWrite());
        return "practice/list";
    }

    @GetMapping("/practices/{id}")
    String detail(@PathVariable long id, Model model) {
        PracticeView practice = practices.view(id);
        model.addAttribute("practice", practice);
        model.addAttribute("similar", practice.published() ? search.similar(practice, 5) : List.of());
        model.addAttribute("materials", materials.linkedTo(id));
        model.addAttribute("mayEdit", practices.mayEdit(practice));
        model.addAttribute("mayModerate", practices.mayModerate(practice));
        model.addAttribute("authorConsent", practices.authorConsent(id).orElse(null));
        var url = baseUrl + "/practices/" + id;
        model.addAttribute("shareUrl", url);
        model.addAttribute(
                "pageMeta", new PageMeta(practice.title(), practice.summary(), url, baseUrl + "/practices/feed.atom"));
        return "practice/detail";
    }

    @GetMapping("/practices/{id}/images/{position}")
    ResponseEntity<StreamingResponseBody> image(@PathVariable long id, @PathVariable int position) {
        var image = practices.image(id, position);
        StreamingResponseBody body = out -> {
            try (var in = practices.open(image.sha256())) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.mediaType()))
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate())
                .eTag(image.sha256())
                .body(body);
    }

    @GetMapping(value = "/practices/feed.atom", produces = "application/atom+xml")
    void atom(Locale locale, HttpServletResponse response) throws IOException, XMLStreamException {
        response.setContentType("application/atom+xml;charset=UTF-8");
        feed.write(locale, response.getOutputStream());
    }

    @GetMapping("/practices/brochure")
    String chooseForBrochure(@RequestParam(required = false) String q, Model model) {
        var result = search.search(PracticeSearch.Criteria.words(q), PageRequest.of(0, 100));
        model.addAttribute("q", q);
        model.addAttribute("result", result.page());
        model.addAttribute("maxPractices", BrochureRenderer.MAX_PRACTICES);
        return "practice/brochure-choose";
    }

    @GetMapping("/practices/brochure.pdf")
    ResponseEntity<byte[]> brochurePdf(@RequestParam(name = "id", required = false) List<Long> ids, Locale locale) {
        var buffer = new java.io.ByteArrayOutputStream();
        brochure.render(ids, locale, buffer);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dobri-praktiki.pdf\"")
                .body(buffer.toByteArray());
    }

    private static FacetGroup group(HttpServletRequest request, String param, List<PracticeSearch.FacetValue> values) {
        var selected = request.getParameterValues(param) == null
                ? Set.<String>of()
                : Set.of(request.getParameterValues(param));
        var links = new ArrayList<FacetLink>();
        for (var value : values == null ? List.<PracticeSearch.FacetValue>of() : values) {
            var chosen = new LinkedHashSet<>(selected);
            boolean isSelected = !chosen.add(value.value());
            if (isSelected) {
                chosen.remove(value.value());
            }
            links.add(
                    new FacetLink(value.value(), value.count(), isSelected, link(request, param, List.copyOf(chosen))));
        }
        return new FacetGroup(param, links);
    }

    /** This page's address (from /practices on) with one parameter replaced and the page number dropped. */
    private static String link(HttpServletRequest request, String param, List<String> values) {
        var builder = org.springframework.web.util.UriComponentsBuilder.fromPath("/practices")
                .query(request.getQueryString())
                .replaceQueryParam("page");
        builder.replaceQueryParam(param, values.toArray());
        return builder.build().toUriString();
    }

    static String plain(String html) {
        return StoryRenderer.plainText(html);
    }
}
