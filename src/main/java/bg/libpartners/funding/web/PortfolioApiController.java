package bg.libpartners.funding.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.funding.FundingReads;
import bg.libpartners.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A library's project portfolio and the programme's totals. */
@RestController
@Tag(
        name = "Funding portfolio",
        description = "Each library's applications, grants, money raised and indicators "
                + "reached; the programme's totals per call, oblast and year")
class PortfolioApiController {

    private final FundingReads reads;
    private final Directory directory;
    private final bg.libpartners.funding.ApplicationService applications;

    PortfolioApiController(
            FundingReads reads, Directory directory, bg.libpartners.funding.ApplicationService applications) {
        this.applications = applications;
        this.reads = reads;
        this.directory = directory;
    }

    @Operation(summary = "A library's portfolio (its librarians, its oblast's coordinators, admins)")
    @GetMapping("/api/v1/libraries/{id}/portfolio")
    FundingReads.Portfolio portfolio(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        var library = directory
                .findOptional(id)
                .filter(o -> o.kind() == OrganisationKind.LIBRARY)
                .orElseThrow(() -> new NotFoundException("funding.error.libraryNotFound", id));
        return reads.portfolio(me, id, library.name(), library.oblastCode());
    }

    @Operation(
            summary = "For the application form's type-ahead: the partnerships the library leads whose title has"
                    + " the words q (Cyrillic or Latin), as value (the id), label and hint; only for those who act for the"
                    + " library (its librarians, admins)")
    @GetMapping("/api/v1/libraries/{id}/partnerships/suggest")
    List<bg.libpartners.platform.pick.Choice> suggestPartnerships(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam(defaultValue = "") String q) {
        var words = q.strip();
        return applications.suggestPartnerships(
                me,
                id,
                words.length() > 100 ? words.substring(0, 100) : words,
                bg.libpartners.platform.pick.PickService.LIMIT);
    }

    @Operation(summary = "The programme's totals per call, oblast and year (admins, coordinators)")
    @GetMapping("/api/v1/funding/totals")
    FundingReads.Totals totals(@AuthenticationPrincipal CurrentUser me) {
        return reads.totals(me, directory.oblastNames());
    }
}
