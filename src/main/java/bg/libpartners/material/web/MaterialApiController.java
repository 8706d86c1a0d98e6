package bg.libpartners.material.web;

import bg.libpartners.material.MaterialPickSource;
import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The materials library over REST: for now the type-ahead of the forms that link materials (an event's). */
@RestController
@Tag(name = "Materials", description = "The materials library")
class MaterialApiController {

    private final MaterialPickSource picks;

    MaterialApiController(MaterialPickSource picks) {
        this.picks = picks;
    }

    @Operation(summary = "For type-ahead pickers: materials whose words match q, as value (the id), label and hint")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/api/v1/materials/suggest")
    List<Choice> suggest(@RequestParam(defaultValue = "") String q) {
        var words = q.strip();
        return words.length() < 2
                ? List.of()
                : picks.suggest("material", words.length() > 100 ? words.substring(0, 100) : words, PickService.LIMIT);
    }
}
