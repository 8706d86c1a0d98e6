package bg.libpartners.directory.web;

import bg.libpartners.directory.OrganisationExport;
import bg.libpartners.directory.SearchFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;

/** Writes an export as a download named after the day. */
final class Exports {

    private Exports() {}

    static void write(OrganisationExport export, String format, SearchFilter filter, HttpServletResponse response)
            throws IOException {
        OrganisationApiController.requireFormat(format);
        var name = "organisations-" + LocalDate.now() + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            export.csv(filter, LocaleContextHolder.getLocale(), response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            export.xlsx(filter, LocaleContextHolder.getLocale(), response.getOutputStream());
        }
    }
}
