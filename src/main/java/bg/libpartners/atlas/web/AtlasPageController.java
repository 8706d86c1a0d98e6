package bg.libpartners.atlas.web;

import bg.libpartners.atlas.AtlasFilter;
import bg.libpartners.atlas.AtlasMap;
import bg.libpartners.atlas.AtlasProperties;
import bg.libpartners.atlas.Bbox;
import bg.libpartners.atlas.RegionCounter;
import bg.libpartners.geography.Geography;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public map and its embeddable twin. Without JavaScript the filter form reloads the page and the tables show
 * what the map would; with it, atlas-map.js draws the map from the API and keeps the table in step.
 */
@Controller
class AtlasPageController {

    static final Bbox BULGARIA = new Bbox(22.3, 41.2, 28.7, 44.3);
    static final int TABLE_ROWS = 200;

    private final AtlasMap map;
    private final RegionCounter regions;
    private final Geography geography;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String tiles;

    AtlasPageController(
            AtlasMap map,
            RegionCounter regions,
            Geography geography,
            MessageSource messages,
            JsonMapper json,
            AtlasProperties properties) {
        this.map = map;
        this.regions = regions;
        this.geography = geography;
        this.messages = messages;
        this.json = json;
        this.tiles = properties.tileUrl();
    }

    @GetMapping("/map")
    String map(@ModelAttribute("filter") FilterParams params, Model model, Locale locale) {
        var filter = params.toFilter(geography);
        prepare(model, filter, locale);
        model.addAttribute("rows", map.rows(BULGARIA, filter, TABLE_ROWS));
        model.addAttribute("total", map.count(BULGARIA, filter));
        model.addAttribute("regions", regions.count(false, filter, locale));
        model.addAttribute(
                "types",
                Arrays.stream(PartnerType.values()).filter(t -> !t.isPerson()).toList());
        model.addAttribute(
                "statuses",
                Arrays.stream(PartnershipStatus.values())
                        .filter(AtlasFilter.visibleTo(FilterParams.signedIn())::contains)
                        .toList());
        model.addAttribute("fields", ActivityField.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("oblasts", geography.oblasts());
        model.addAttribute("municipalities", geography.municipalities(filter.oblast()));
        return "atlas/map";
    }

    /** For an iframe on another site: the map alone, with attribution and a link to the full map. */
    @GetMapping("/embed/map")
    String embed(@ModelAttribute("filter") FilterParams params, Model model, Locale locale) {
        prepare(model, params.toFilter(geography), locale);
        return "atlas/embed";
    }

    private void prepare(Model model, AtlasFilter filter, Locale locale) {
        String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("tiles", tiles);
        model.addAttribute("labels", json.writeValueAsString(labels(locale)));
        model.addAttribute(
                "csv",
                "/api/v1/atlas/features.csv?bbox=" + BULGARIA.asParameter() + (query == null ? "" : "&" + query));
    }

    /** The texts the script shows (type names, popup words), in the page's language. */
    private Map<String, String> labels(Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        for (var key : new String[] {
            "cluster",
            "libraries",
            "partners",
            "openOrganisation",
            "openPartnership",
            "partnerships",
            "perTenThousand",
            "none",
            "strategic",
            "loading",
            "failed",
            "zoomIn",
            "linesShown",
            "linesHidden",
            "openEvent",
            "eventsShown",
            "approximate"
        }) {
            labels.put(key, messages.getMessage("atlas.js." + key, null, locale));
        }
        for (var type : PartnerType.values()) {
            labels.put("type." + type, messages.getMessage(bg.libpartners.taxonomy.Labels.key(type), null, locale));
        }
        for (var kind : new String[] {"LIBRARY", "CHITALISHTE", "PARTNER"}) {
            labels.put("kind." + kind, messages.getMessage("directory.kind." + kind, null, locale));
        }
        for (var type : new String[] {
            "CHITALISHTE",
            "PARTNER",
            "LIBRARY_CHITALISHTE",
            "LIBRARY_MUNICIPAL",
            "LIBRARY_REGIONAL",
            "LIBRARY_SCHOOL",
            "LIBRARY_UNIVERSITY",
            "LIBRARY_OTHER"
        }) {
            labels.put("type." + type, messages.getMessage("directory.type." + type, null, locale));
        }
        labels.put("strategic.NATIONAL", messages.getMessage("directory.strategic.NATIONAL", null, locale));
        labels.put("strategic.LOCAL", messages.getMessage("directory.strategic.LOCAL", null, locale));
        return labels;
    }
}
