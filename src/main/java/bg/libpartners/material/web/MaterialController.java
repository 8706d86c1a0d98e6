package bg.libpartners.material.web;

import bg.libpartners.material.MaterialKind;
import bg.libpartners.material.MaterialService;
import bg.libpartners.platform.BadRequestException;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The materials library for signed-in users: find, upload, add a version, download. */
@Controller
class MaterialController {

    private final MaterialService materials;

    MaterialController(MaterialService materials) {
        this.materials = materials;
    }

    @GetMapping("/materials")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) MaterialKind kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", materials.search(q, kind, PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", MaterialKind.values());
        model.addAttribute("mayUpload", materials.mayUpload());
        return "material/list";
    }

    @GetMapping("/materials/new")
    String uploadForm(@ModelAttribute("form") MaterialForm form, Model model) {
        model.addAttribute("kinds", MaterialKind.values());
        model.addAttribute("maxMb", materials.maxBytes() / (1024 * 1024));
        return "material/upload";
    }

    @PostMapping("/materials/new")
    String upload(
            @Valid @ModelAttribute("form") MaterialForm form,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request)
            throws IOException {
        if (bg.libpartners.platform.pick.PickService.searching(
                request)) { // no script: list the practices found by name
            model.addAttribute("form", form);
            model.addAttribute(
                    BindingResult.MODEL_KEY_PREFIX + "form",
                    new org.springframework.validation.BeanPropertyBindingResult(form, "form"));
            return uploadForm(form, model);
        }
        if (file == null || file.isEmpty()) {
            result.reject("material.file.missing");
        }
        if (!result.hasErrors()) {
            try (var in = file.getInputStream()) {
                var id = materials.upload(form.toDescription(), in, file.getOriginalFilename());
                redirect.addFlashAttribute("notice", "material.notice.uploaded");
                return "redirect:/materials/" + id;
            } catch (BadRequestException e) {
                result.reject(e.getMessageKey(), e.getArgs(), null);
            }
        }
        return uploadForm(form, model);
    }

    @GetMapping("/materials/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("material", materials.get(id));
        model.addAttribute("mayUpload", materials.mayUpload());
        return "material/detail";
    }

    @PostMapping("/materials/{id}/versions")
    String addVersion(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "current", required = false) Integer current,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "material.file.missing");
            return "redirect:/materials/" + id;
        }
        try (var in = file.getInputStream()) {
            materials.addVersion(id, current, in, file.getOriginalFilename());
            redirect.addFlashAttribute("notice", "material.notice.versionAdded");
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            redirect.addFlashAttribute("errorArgs", e.getArgs());
        }
        return "redirect:/materials/" + id;
    }

    @GetMapping("/materials/{id}/versions/{number}/file")
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id, @PathVariable int number) {
        var file = materials.download(id, number);
        StreamingResponseBody body = out -> {
            try (var in = materials.open(file.sha256())) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
