package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.CoordinateField;
import bg.libpartners.directory.CoordinateImport;
import bg.libpartners.platform.LocalizedException;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The coordinates import page in three steps on one template, as the partner import: upload a file, map its key and
 * coordinate columns (guessed from the headers) and preview every row, then commit the accepted rows.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
class CoordinateImportController {

    static final String VIEW = "directory/coordinate-import";

    private final CoordinateImport coordinateImport;
    private final MessageSource messages;

    CoordinateImportController(CoordinateImport coordinateImport, MessageSource messages) {
        this.coordinateImport = coordinateImport;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute(
                "keyFields",
                java.util.Arrays.stream(CoordinateField.values())
                        .filter(CoordinateField::identifies)
                        .toList());
    }

    @GetMapping("/imports/coordinates")
    String form() {
        return VIEW;
    }

    @PostMapping("/imports/coordinates")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser me,
            Model model)
            throws IOException {
        try {
            var bytes = ImportApiController.bytes(
                    file == null
                                    || file.isEmpty()
                                            && (file.getOriginalFilename() == null
                                                    || file.getOriginalFilename()
                                                            .isEmpty())
                            ? null
                            : file);
            model.addAttribute("mapping", coordinateImport.upload(bytes, file.getOriginalFilename(), me.id()));
        } catch (LocalizedException e) {
            model.addAttribute("error", message(e));
        }
        return VIEW;
    }

    @PostMapping("/imports/coordinates/{batchId}/preview")
    String preview(
            @PathVariable String batchId,
            CoordinateMappingForm form,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        try {
            model.addAttribute("report", coordinateImport.preview(batchId, form.toMapping(), me));
        } catch (LocalizedException e) {
            model.addAttribute("error", message(e));
        }
        model.addAttribute("mapping", coordinateImport.mapping(batchId, me));
        return VIEW;
    }

    @PostMapping("/imports/coordinates/{batchId}/commit")
    String commit(@PathVariable String batchId, @AuthenticationPrincipal CurrentUser me, Model model) {
        try {
            model.addAttribute("report", coordinateImport.commit(batchId, me));
        } catch (LocalizedException e) {
            model.addAttribute("error", message(e));
            model.addAttribute("mapping", coordinateImport.mapping(batchId, me));
        }
        return VIEW;
    }

    private String message(LocalizedException e) {
        return messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(), LocaleContextHolder.getLocale());
    }
}
