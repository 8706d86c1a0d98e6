package bg.libpartners.insight.web;

import bg.libpartners.insight.OpenData;
import bg.libpartners.insight.OpenDataset;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public open-data page: each dataset with its licence, last update, downloads and data dictionary. */
@Controller
class OpenDataController {

    private final OpenData openData;
    private final MessageSource messages;

    OpenDataController(OpenData openData, MessageSource messages) {
        this.openData = openData;
        this.messages = messages;
    }

    record ColumnView(String name, String type, String description) {}

    record DatasetView(String name, String label, String description, Instant lastUpdated, List<ColumnView> columns) {}

    @GetMapping("/open-data")
    String page(Locale locale, Model model) {
        model.addAttribute(
                "datasets",
                openData.datasets().stream().map(d -> view(d, locale)).toList());
        model.addAttribute("licenceUrl", OpenData.LICENCE_URL);
        return "insight/open-data";
    }

    private DatasetView view(OpenDataset d, Locale locale) {
        return new DatasetView(
                d.name(),
                messages.getMessage("insight.dataset." + d.name(), null, d.name(), locale),
                messages.getMessage("insight.dataset." + d.name() + ".description", null, "", locale),
                OpenData.lastUpdated(d),
                d.columns().stream()
                        .map(c -> new ColumnView(
                                c.name(), c.type(), messages.getMessage(c.descriptionKey(), null, "", locale)))
                        .toList());
    }
}
