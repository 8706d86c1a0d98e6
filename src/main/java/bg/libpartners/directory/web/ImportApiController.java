package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.ImportReport;
import bg.libpartners.directory.RegisterImport;
import bg.libpartners.platform.BadRequestException;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Register import over REST: {@code POST} the file for a preview (every row with its outcome, and a {@code batchId}),
 * then {@code POST /api/v1/imports/{batchId}/commit}; or {@code commit=true} to do both in one call.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
class ImportApiController {

    private final RegisterImport registerImport;

    ImportApiController(RegisterImport registerImport) {
        this.registerImport = registerImport;
    }

    @PostMapping(path = "/chitalishta-register", consumes = "multipart/form-data")
    ImportReport register(@AuthenticationPrincipal CurrentUser me,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean commit) throws IOException {
        var bytes = bytes(file);
        return commit ? registerImport.importNow(bytes, file.getOriginalFilename(), me.id())
                : registerImport.preview(bytes, file.getOriginalFilename(), me.id());
    }

    @PostMapping("/{batchId}/commit")
    ImportReport commit(@PathVariable String batchId) {
        return registerImport.commit(batchId);
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null) {
            throw new BadRequestException("file", "directory.import.error.noFile");
        }
        return file.getBytes();
    }
}
