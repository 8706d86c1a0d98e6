package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.ImportFiles;
import bg.libpartners.directory.ImportReport;
import bg.libpartners.directory.PartnerImport;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.directory.RegisterImport;
import bg.libpartners.platform.BadRequestException;
import java.io.IOException;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Register and partner imports over REST: {@code POST} the file for a preview (every row with its outcome, and a
 * {@code batchId}), then {@code POST /api/v1/imports/{batchId}/commit} (either kind of batch); or {@code commit=true}
 * to do both in one call. The partner import takes {@code mapping}, a JSON object of field → header (the guess from
 * the headers when absent); when a row is rejected nothing is committed and the report comes back with 422.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
class ImportApiController {

    private final RegisterImport registerImport;
    private final PartnerImport partnerImport;
    private final JsonMapper json;

    ImportApiController(RegisterImport registerImport, PartnerImport partnerImport, JsonMapper json) {
        this.registerImport = registerImport;
        this.partnerImport = partnerImport;
        this.json = json;
    }

    @PostMapping(path = "/chitalishta-register", consumes = "multipart/form-data")
    ImportReport register(@AuthenticationPrincipal CurrentUser me,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean commit) throws IOException {
        var bytes = bytes(file);
        return commit ? registerImport.importNow(bytes, file.getOriginalFilename(), me)
                : registerImport.preview(bytes, file.getOriginalFilename(), me);
    }

    @PostMapping(path = "/partners", consumes = "multipart/form-data")
    ResponseEntity<ImportReport> partners(@AuthenticationPrincipal CurrentUser me,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "defaultType", required = false) PartnerType defaultType,
            @RequestParam(defaultValue = "false") boolean commit) throws IOException {
        var bytes = bytes(file);
        var report = partnerImport.importFile(bytes, file.getOriginalFilename(), mapping(mapping), defaultType, commit,
                me);
        return ResponseEntity.status(commit && !report.committed() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(report);
    }

    @Operation(summary = "Import libraries outside the register (regional, municipal, school, university, other) from"
            + " a CSV or XLSX: mapping as for partners, with `type` the library's kind and `parent` the chitalishte or"
            + " body it belongs to (its EIK or exact name); preview, or commit when no row is rejected")
    @PostMapping(path = "/libraries", consumes = "multipart/form-data")
    ResponseEntity<ImportReport> libraries(@AuthenticationPrincipal CurrentUser me,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "defaultKind", required = false) bg.libpartners.directory.LibraryKind defaultKind,
            @RequestParam(defaultValue = "false") boolean commit) throws IOException {
        var bytes = bytes(file);
        var report = partnerImport.importLibraries(bytes, file.getOriginalFilename(), mapping(mapping), defaultKind,
                commit, me);
        return ResponseEntity.status(commit && !report.committed() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(report);
    }

    @PostMapping("/{batchId}/commit")
    ImportReport commit(@PathVariable String batchId, @AuthenticationPrincipal CurrentUser me) {
        return partnerImport.isPartnerBatch(batchId) ? partnerImport.commit(batchId, me)
                : registerImport.commit(batchId, me);
    }

    private Map<String, String> mapping(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() {});
        } catch (JacksonException notJson) {
            throw new BadRequestException("mapping", "directory.import.error.mappingJson");
        }
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        return ImportFiles.read(file, file == null ? 0 : file.getSize());
    }
}
