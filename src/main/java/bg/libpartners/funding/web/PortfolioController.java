package bg.libpartners.funding.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.funding.ApplicationService;
import bg.libpartners.funding.FundingReads;
import bg.libpartners.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The funding start page per role, a library's portfolio and the programme's totals. */
@Controller
class PortfolioController {

    private final FundingReads reads;
    private final ApplicationService applications;
    private final Directory directory;

    PortfolioController(FundingReads reads, ApplicationService applications, Directory directory) {
        this.reads = reads;
        this.applications = applications;
        this.directory = directory;
    }

    @GetMapping("/funding")
    String home(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("open", reads.calls(me, false, false, 0, 50));
        model.addAttribute("libraries", applications.librariesOf(me));
        model.addAttribute("reviews", me.role() == Role.EXPERT ? reads.reviewsOf(me) : java.util.List.of());
        model.addAttribute("mayTotals", me.isAdmin() || me.role() == Role.COORDINATOR);
        return "funding/home";
    }

    @GetMapping("/funding/libraries/{id}/portfolio")
    String portfolio(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var library = directory
                .findOptional(id)
                .filter(o -> o.kind() == OrganisationKind.LIBRARY)
                .orElseThrow(() -> new NotFoundException("funding.error.libraryNotFound", id));
        model.addAttribute("p", reads.portfolio(me, id, library.name(), library.oblastCode()));
        return "funding/portfolio";
    }

    @GetMapping("/funding/programme")
    String programme(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("t", reads.totals(me, directory.oblastNames()));
        return "funding/programme";
    }
}
