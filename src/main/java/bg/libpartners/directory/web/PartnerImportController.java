package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.PartnerField;
import bg.libpartners.directory.PartnerImport;
import bg.libpartners.platform.LocalizedException;
import bg.libpartners.taxonomy.PartnerType;
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
 * The partner import page in three steps on one template: upload a file, map its columns (guessed from the headers)
 * and preview every row's outcome, then commit. A commit is refused while any row is rejected.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
class PartnerImportController {

    static final String VIEW = "directory/partner-import";

    private final PartnerImport partnerImport;
    private final MessageSource messages;

    PartnerImportController(PartnerImport partnerImport, MessageSource messages) {
        this.partnerImport = partnerImport;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("fields", PartnerField.values());
        model.addAttribute("types", PartnerType.values());
        model.addAttribute("libraryKinds", bg.libpartners.directory.LibraryKind.values());
    }

    @GetMapping("/imports/partners")
    String form() {
        return VIEW;
    }

    @PostMapping("/imports/partners")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "kind", defaultValue = "PARTNER") bg.libpartners.directory.OrganisationKind kind,
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
            model.addAttribute("mapping", partnerImport.upload(bytes, file.getOriginalFilename(), me.id(), kind));
        } catch (LocalizedException e) {
            model.addAttribute("error", message(e));
        }
        return VIEW;
    }

    @PostMapping("/imports/partners/{batchId}/preview")
    String preview(
            @PathVariable String batchId,
            PartnerMappingForm form,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        try {
            model.addAttribute(
                    "report",
                    partnerImport.preview(
                            batchId, form.getColumns(), form.getDefaultType(), form.getDefaultLibraryKind(), me));
        } catch (LocalizedException e) {
            model.addAttribute("error", message(e));
        }
        model.addAttribute("mapping", partnerImport.mapping(batchId, me));
        return VIEW;
    }

    @PostMapping("/imports/partners/{batchId}/commit")
    String commit(@PathVariable String batchId, @AuthenticationPrincipal CurrentUser me, Model model) {
        try {
            model.addAttribute("report", partnerImport.commit(batchId, me));
        } catch (LocalizedException e) {
            model.addAttribute("error", message(e));
            model.addAttribute("mapping", partnerImport.mapping(batchId, me));
        }
        return VIEW;
    }

    private String message(LocalizedException e) {
        return messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(), LocaleContextHolder.getLocale());
    }
}
