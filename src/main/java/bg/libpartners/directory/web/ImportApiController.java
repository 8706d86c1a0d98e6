package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.CoordinateImport;
import bg.libpartners.directory.ImportFiles;
import bg.libpartners.directory.ImportReport;
import bg.libpartners.directory.PartnerImport;
import bg.libpartners.directory.RegisterImport;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.taxonomy.PartnerType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Map;
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
 * Register, partner and coordinates imports over REST: {@code POST} the file for a preview (every row with its
 * outcome, and a {@code batchId}), then {@code POST /api/v1/imports/{batchId}/commit} (any kind of batch); or
 * {@code commit=true} to do both in one call. The partner and coordinates imports take {@code mapping}, a JSON object
 * of field → header (the guess from the headers when absent); when a partner row is rejected nothing is committed and
 * the report comes back with 422, while a coordinates commit writes its accepted rows and names the others.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
@Tag(name = "Imports", description = "The chitalishta register, partners and exact coordinates from CSV or XLSX files")
class ImportApiController {

    private final RegisterImport registerImport;
    private final PartnerImport partnerImport;
    private final CoordinateImport coordinateImport;
    private final JsonMapper json;

    ImportApiController(
            RegisterImport registerImport,
            PartnerImport partnerImport,
            CoordinateImport coordinateImport,
            JsonMapper json) {
        this.registerImport = registerImport;
        this.partnerImport = partnerImport;
        this.coordinateImport = coordinateImport;
        this.json = json;
    }

    @Operation(summary = "The chitalishta register (the Ministry of Culture's columns), keyed by register number")
    @PostMapping(path = "/chitalishta-register", consumes = "multipart/form-data")
    ImportReport register(
            @AuthenticationPrincipal CurrentUser me,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean commit)
            throws IOException {
        var bytes = bytes(file);
        return commit
                ? registerImport.importNow(bytes, file.getOriginalFilename(), me)
                : registerImport.preview(bytes, file.getOriginalFilename(), me);
    }

    @Operation(summary = "Partner organisations from any table, its columns mapped to fields; all or nothing")
    @PostMapping(path = "/partners", consumes = "multipart/form-data")
    ResponseEntity<ImportReport> partners(
            @AuthenticationPrincipal CurrentUser me,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "defaultType", required = false) PartnerType defaultType,
            @RequestParam(defaultValue = "false") boolean commit)
            throws IOException {
        var bytes = bytes(file);
        var report =
                partnerImport.importFile(bytes, file.getOriginalFilename(), mapping(mapping), defaultType, commit, me);
        return ResponseEntity.status(commit && !report.committed() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(report);
    }

    @Operation(
            summary = "Import libraries outside the register (regional, municipal, school, university, other) from"
                    + " a CSV or XLSX: mapping as for partners, with `type` the library's kind and `parent` the chitalishte or"
                    + " body it belongs to (its EIK or exact name); preview, or commit when no row is rejected")
    @PostMapping(path = "/libraries", consumes = "multipart/form-data")
    ResponseEntity<ImportReport> libraries(
            @AuthenticationPrincipal CurrentUser me,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "defaultKind", required = false) bg.libpartners.directory.LibraryKind defaultKind,
            @RequestParam(defaultValue = "false") boolean commit)
            throws IOException {
        var bytes = bytes(file);
        var report = partnerImport.importLibraries(
                bytes, file.getOriginalFilename(), mapping(mapping), defaultKind, commit, me);
        return ResponseEntity.status(commit && !report.committed() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(report);
    }

    @Operation(summary = "Exact points of organisations from a CSV (UTF-8, ';' or ',') or XLSX file", description = """
                    Columns: one key — the register number (`registerNo`), the EIK (`eik`) or the directory's id                     (`id`) — and the latitude (`lat`) and longitude (`lon`) in decimal degrees, with a comma or a                     point ("42,6977" or "42.6977"), in either order. `mapping` is a JSON object of field → header,                     e.g. {"registerNo":"Рег. №","lat":"Ширина","lon":"Дължина"}; without it the headers are guessed.                     Latitude and longitude given the wrong way round are swapped back with a warning. Rejected rows                     (an unknown or ambiguous key, a value that is not a number, the same organisation twice, an                     organisation outside a coordinator's oblasts, a point outside Bulgaria for an organisation in a                     Bulgarian settlement) are never written; the others are, on commit. Warnings: more than 15 km                     from the settlement's centre, a point that replaces a pin, a point outside Bulgaria for an                     organisation without a settlement. A row whose organisation is at that point already is                     unchanged: importing the same file again writes nothing. The point's source becomes IMPORT.""")
    @PostMapping(path = "/coordinates", consumes = "multipart/form-data")
    ImportReport coordinates(
            @AuthenticationPrincipal CurrentUser me,
            @Parameter(description = "The CSV or XLSX file") @RequestPart(name = "file", required = false)
                    MultipartFile file,
            @Parameter(description = "Field → header as JSON: one of registerNo, eik, id; lat; lon")
                    @RequestParam(name = "mapping", required = false)
                    String mapping,
            @Parameter(
                            description = "Commit the accepted rows at once instead of waiting for "
                                    + "POST /api/v1/imports/{batchId}/commit")
                    @RequestParam(defaultValue = "false")
                    boolean commit)
            throws IOException {
        var bytes = bytes(file);
        return coordinateImport.importFile(bytes, file.getOriginalFilename(), mapping(mapping), commit, me);
    }

    @Operation(summary = "Commit a previewed import batch (register, partners or coordinates) made by the caller")
    @PostMapping("/{batchId}/commit")
    ImportReport commit(@PathVariable String batchId, @AuthenticationPrincipal CurrentUser me) {
        if (coordinateImport.isCoordinateBatch(batchId)) {
            return coordinateImport.commit(batchId, me);
        }
        return partnerImport.isPartnerBatch(batchId)
                ? partnerImport.commit(batchId, me)
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
