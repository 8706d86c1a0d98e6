package bg.libpartners.insight.web;

import bg.libpartners.insight.OpenData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open-data API, public and without a session: the catalogue with each dataset's data dictionary, and each
 * dataset as CSV or JSON, streamed. Licence CC BY 4.0; column names are stable (new columns are only added at the end).
 */
@RestController
@RequestMapping("/api/v1/open-data")
@Tag(
        name = "Open data",
        description = "Public data of the programme under CC BY 4.0: libraries and chitalishta, "
                + "partner organisations (not individuals), partnerships that are not drafts and their organisation parties, "
                + "published good practices, benefit indicators by oblast and year, the organisations in the Open Referral "
                + "HSDS shape (hsds_organization, hsds_location). Never a person's name, an e-mail or a phone.")
class OpenDataApiController {

    private final OpenData openData;
    private final MessageSource messages;

    OpenDataApiController(OpenData openData, MessageSource messages) {
        this.openData = openData;
        this.messages = messages;
    }

    record Column(String name, String type, String description) {}

    record Dataset(
            String name,
            String title,
            String description,
            String licence,
            String licenceUrl,
            Instant lastUpdated,
            String csv,
            String json,
            List<Column> columns) {}

    @GetMapping
    @Operation(summary = "The datasets with their licence, last update, download links and data dictionary")
    List<Dataset> catalogue(Locale locale) {
        return openData.datasets().stream()
                .map(d -> new Dataset(
                        d.name(),
                        messages.getMessage("insight.dataset." + d.name(), null, d.name(), locale),
                        messages.getMessage("insight.dataset." + d.name() + ".description", null, "", locale),
                        OpenData.LICENCE,
                        OpenData.LICENCE_URL,
                        OpenData.lastUpdated(d),
                        "/api/v1/open-data/" + d.name() + ".csv",
                        "/api/v1/open-data/" + d.name() + ".json",
                        d.columns().stream()
                                .map(c -> new Column(
                                        c.name(), c.type(), messages.getMessage(c.descriptionKey(), null, "", locale)))
                                .toList()))
                .toList();
    }

    @GetMapping("/{dataset}.csv")
    @Operation(
            summary = "A dataset as CSV (UTF-8, header row of the stable column names), streamed",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    void csv(
            @Parameter(description = "the dataset's name, as in the catalogue") @PathVariable String dataset,
            HttpServletResponse response)
            throws IOException {
        var d = openData.dataset(dataset);
        headers(response, "text/csv;charset=UTF-8", d.name() + ".csv");
        openData.csv(d, response.getOutputStream());
    }

    @GetMapping("/{dataset}.json")
    @Operation(
            summary = "A dataset as JSON: licence, last update, columns, and the rows as objects, streamed",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json")))
    void json(
            @Parameter(description = "the dataset's name, as in the catalogue") @PathVariable String dataset,
            HttpServletResponse response)
            throws IOException {
        var d = openData.dataset(dataset);
        headers(response, "application/json", d.name() + ".json");
        openData.json(d, response.getOutputStream());
    }

    private static void headers(HttpServletResponse response, String type, String file) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"");
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(java.time.Duration.ofMinutes(5))
                        .cachePublic()
                        .getHeaderValue());
        response.setHeader("Link", "<" + OpenData.LICENCE_URL + ">; rel=\"license\"");
    }
}
