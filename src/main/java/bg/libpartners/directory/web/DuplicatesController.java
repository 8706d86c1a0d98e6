package bg.libpartners.directory.web;

import bg.libpartners.directory.DuplicateService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Likely duplicates for admins, and their merge. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DuplicatesController {

    private final DuplicateService duplicates;

    DuplicatesController(DuplicateService duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/admin/duplicates")
    String list(Model model) {
        model.addAttribute("pairs", duplicates.find(100));
        return "directory/duplicates";
    }

    @PostMapping("/admin/duplicates/merge")
    String merge(@RequestParam long keep, @RequestParam long remove, RedirectAttributes redirect) {
        duplicates.merge(keep, remove);
        redirect.addFlashAttribute("merged", true);
        return "redirect:/admin/duplicates";
    }
}
