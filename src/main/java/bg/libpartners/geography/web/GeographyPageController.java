package bg.libpartners.geography.web;

import bg.libpartners.geography.Geography;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The settlements page: find a place by name in any script, browse oblasts and municipalities. */
@Controller
class GeographyPageController {

    private final Geography geography;

    GeographyPageController(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/geography")
    String page(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String oblast,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var query = q == null ? "" : q.strip();
        if (query.length() > GeographyApiController.MAX_QUERY_LENGTH) {
            query = query.substring(0, GeographyApiController.MAX_QUERY_LENGTH);
        }
        model.addAttribute("q", query);
        if (!query.isEmpty()) {
            model.addAttribute("results", geography.searchSettlements(query, null, PageRequest.of(0, 25)));
        }
        if (htmx != null) {
            return "geography/page :: results";
        }
        model.addAttribute("oblasts", geography.oblasts());
        if (oblast != null && oblast.matches("[A-Z]{3}")) {
            model.addAttribute("oblast", geography.oblast(oblast));
            model.addAttribute("municipalities", geography.municipalities(oblast));
        }
        return "geography/page";
    }
}
