package bg.libpartners.partnership.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.partnership.InvalidPartnershipException;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.partnership.PartnershipDetails;
import bg.libpartners.partnership.PartnershipFilter;
import bg.libpartners.partnership.PartnershipInput;
import bg.libpartners.partnership.PartnershipRow;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.web.ApiPage;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partnership API: list with filters, detail with its timeline, create, update, lifecycle transitions. Every
 * change of an existing partnership needs the {@code version} last read (in the body or as {@code If-Match}): without
 * it 428, with a stale one 409.
 */
@RestController
@RequestMapping("/api/v1/partnerships")
class PartnershipApiController {

    private final PartnershipService service;
    private final PartnershipCatalog catalog;

    PartnershipApiController(PartnershipService service, PartnershipCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    record Detail(PartnershipDetails partnership, List<Step> timeline) {}

    record Step(String from, String to, String reason, String by, Instant at) {}

    record TransitionRequest(String status, String reason, Long version) {}

    record RenewalRequest(LocalDate endDate, String reason, Long version) {}

    /** The API's one list shape ({@link ApiPage}); partnerships are not counted, so the total is exact on the last page. */
    @GetMapping
    ApiPage<PartnershipRow> list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) Long library,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String oblast,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var rows = catalog.list(
                me,
                new PartnershipFilter(library, partnerType, status(status, "status"), oblast),
                Math.max(0, page),
                Math.min(Math.max(size, 1), 100));
        return ApiPage.slice(rows.items(), rows.page(), rows.size(), rows.hasNext());
    }

    /** For type-ahead pickers: the partnerships the caller may see whose title holds {@code q} (Cyrillic or Latin). */
    @GetMapping("/suggest")
    List<bg.libpartners.platform.pick.Choice> suggest(
            @AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String q) {
        var words = q.strip();
        return words.length() < 2
                ? List.of()
                : catalog.suggest(
                        me,
                        words.length() > 100 ? words.substring(0, 100) : words,
                        bg.libpartners.platform.pick.PickService.LIMIT);
    }

    @GetMapping("/{id}")
    Detail detail(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        var p = service.get(me, id);
        return new Detail(
                p,
                service.timeline(id).stream()
                        .map(t -> new Step(
                                t.getFromStatus() == null
                                        ? null
                                        : t.getFromStatus().name(),
                                t.getToStatus().name(),
                                t.getReason(),
                                t.getByName(),
                                t.getChangedAt()))
                        .toList());
    }

    @PostMapping
    ResponseEntity<PartnershipDetails> create(
            @AuthenticationPrincipal CurrentUser me, @RequestBody PartnershipInput input) {
        long id = service.create(me, input, true);
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id)).body(service.get(me, id));
    }

    @PutMapping("/{id}")
    PartnershipDetails update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody PartnershipInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return service.update(me, id, input.withVersion(ExpectedVersion.of(input.version(), ifMatch)), true);
    }

    @PostMapping("/{id}/transitions")
    PartnershipDetails transition(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody TransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var version = ExpectedVersion.of(request.version(), ifMatch);
        return service.transition(me, id, status(request.status(), "status"), request.reason(), version);
    }

    @PostMapping("/{id}/renewal")
    PartnershipDetails renew(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody RenewalRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var version = ExpectedVersion.of(request.version(), ifMatch);
        return service.renew(me, id, request.endDate(), request.reason(), version);
    }

    @PostMapping("/{id}/parties/{partyId}/confirmation")
    ResponseEntity<Void> confirm(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long partyId) {
        service.confirm(me, id, partyId);
        return ResponseEntity.noContent().build();
    }

    static PartnershipStatus status(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartnershipStatus.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPartnershipException(field, "partnership.error.unknownStatus", value);
        }
    }
}
