package bg.libpartners.geography.web;

import bg.libpartners.geography.Geography;
import bg.libpartners.geography.MunicipalityRef;
import bg.libpartners.geography.OblastRef;
import bg.libpartners.geography.SettlementRef;
import bg.libpartners.platform.BadRequestException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only geography API: the EKATTE classifiers, settlement search and boundary GeoJSON. */
@RestController
@RequestMapping("/api/v1/geography")
class GeographyApiController {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_QUERY_LENGTH = 100;
    private static final Pattern OBLAST = Pattern.compile("[A-Z]{3}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[A-Z]{3}[0-9]{2}");
    private static final Pattern EKATTE = Pattern.compile("[0-9]{5}");
    private static final CacheControl CLASSIFIERS =
            CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final Geography geography;
    private final Boundaries boundaries;
    private final bg.libpartners.geography.GeographyPickSource picks;

    GeographyApiController(
            Geography geography, Boundaries boundaries, bg.libpartners.geography.GeographyPickSource picks) {
        this.picks = picks;
        this.geography = geography;
        this.boundaries = boundaries;
    }

    @GetMapping("/oblasts")
    ResponseEntity<PagedModel<OblastRef>> oblasts() {
        return ResponseEntity.ok().cacheControl(CLASSIFIERS).body(all(geography.oblasts()));
    }

    @GetMapping("/oblasts/{code}")
    ResponseEntity<OblastRef> oblast(@PathVariable String code) {
        return ResponseEntity.ok().cacheControl(CLASSIFIERS).body(geography.oblast(oblastCode("code", code)));
    }

    /** All municipalities, or those of one oblast. */
    @GetMapping("/municipalities")
    ResponseEntity<PagedModel<MunicipalityRef>> municipalities(@RequestParam(required = false) String oblast) {
        String code = oblast == null
                ? null
                : geography.oblast(oblastCode("oblast", oblast)).code();
        return ResponseEntity.ok().cacheControl(CLASSIFIERS).body(all(geography.municipalities(code)));
    }

    @GetMapping("/municipalities/{code}")
    ResponseEntity<MunicipalityRef> municipality(@PathVariable String code) {
        return ResponseEntity.ok()
                .cacheControl(CLASSIFIERS)
                .body(geography.municipality(municipalityCode("code", code)));
    }

    /** Settlements by name in Bulgarian or English (any script, with or without "гр."/"с."), best match first. */
    @GetMapping("/settlements")
    PagedModel<SettlementRef> settlements(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String municipality,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("q", "geography.param.q", q.length(), MAX_QUERY_LENGTH);
        }
        if (page < 0) {
            throw new BadRequestException("page", "geography.param.page", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "geography.param.size", size, MAX_PAGE_SIZE);
        }
        String code = municipality == null || municipality.isBlank()
                ? null
                : geography
                        .municipality(municipalityCode("municipality", municipality))
                        .code();
        return new PagedModel<>(geography.searchSettlements(q, code, PageRequest.of(page, size)));
    }

    /**
     * For type-ahead pickers: oblasts, municipalities or settlements ({@code kind}) whose name in either language and
     * script matches {@code q}, best first, as {@code value} (the code a form sends), {@code label} and {@code hint}.
     */
    @GetMapping("/suggest")
    List<bg.libpartners.platform.pick.Choice> suggest(
            @RequestParam(defaultValue = "settlement") String kind, @RequestParam(defaultValue = "") String q) {
        if (!picks.kinds().contains(kind)) {
            throw new BadRequestException("kind", "geography.param.kind", kind);
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("q", "geography.param.q", q.length(), MAX_QUERY_LENGTH);
        }
        return q.isBlank() ? List.of() : picks.suggest(kind, q.strip(), bg.libpartners.platform.pick.PickService.LIMIT);
    }

    @GetMapping("/settlements/{ekatte}")
    ResponseEntity<SettlementRef> settlement(@PathVariable String ekatte) {
        if (!EKATTE.matcher(ekatte).matches()) {
            throw new BadRequestException("ekatte", "geography.param.ekatte", ekatte);
        }
        return ResponseEntity.ok().cacheControl(CLASSIFIERS).body(geography.settlement(ekatte));
    }

    /** Borders of the oblasts, the municipalities or the country, for maps that must work offline. */
    @GetMapping("/boundaries/{layer}.geojson")
    ResponseEntity<byte[]> boundaries(@PathVariable String layer) {
        return boundaries.serve(layer);
    }

    private static <T> PagedModel<T> all(List<T> rows) {
        return new PagedModel<>(new PageImpl<>(rows, PageRequest.of(0, Math.max(rows.size(), 1)), rows.size()));
    }

    private static String oblastCode(String parameter, String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!OBLAST.matcher(code).matches()) {
            throw new BadRequestException(parameter, "geography.param.oblast", value);
        }
        return code;
    }

    private static String municipalityCode(String parameter, String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!MUNICIPALITY.matcher(code).matches()) {
            throw new BadRequestException(parameter, "geography.param.municipality", value);
        }
        return code;
    }
}
