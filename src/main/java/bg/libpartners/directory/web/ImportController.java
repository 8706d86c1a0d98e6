package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.RegisterImport;
import bg.libpartners.platform.BadRequestException;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The register import page: upload, preview every row's outcome, commit. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
class ImportController {

    private final RegisterImport registerImport;
    private final MessageSource messages;

    ImportController(RegisterImport registerImport, MessageSource messages) {
        this.registerImport = registerImport;
        this.messages = messages;
    }

    @GetMapping("/imports/chitalishta-register")
    String form() {
        return "directory/import";
    }

    @PostMapping("/imports/chitalishta-register")
    String preview(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser me,
            Model model)
            throws IOException {
        try {
            var bytes = ImportApiController.bytes(
                    file == null
                                    || file.isEmpty()
                                            && file.getOriginalFilename() != null
                                            && file.getOriginalFilename().isEmpty()
                            ? null
                            : file);
            model.addAttribute("report", registerImport.preview(bytes, file.getOriginalFilename(), me));
        } catch (BadRequestException e) {
            model.addAttribute(
                    "error", messages.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale()));
        }
        return "directory/import";
    }

    @PostMapping("/imports/{batchId}/commit")
    String commit(@PathVariable String batchId, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("report", registerImport.commit(batchId, me));
        return "directory/import";
    }
}
