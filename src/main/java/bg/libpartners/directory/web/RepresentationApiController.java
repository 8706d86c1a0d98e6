package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.RepresentationService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Representation requests over REST: a partner asks for rights on an organisation ({@code POST
 * /api/v1/organisations/{id}/representation-requests}); those who may grant them list the waiting requests and
 * approve or decline each.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class RepresentationApiController {

    private final RepresentationService representatives;

    RepresentationApiController(RepresentationService representatives) {
        this.representatives = representatives;
    }

    @PostMapping("/organisations/{id}/representation-requests")
    ResponseEntity<Map<String, Long>> ask(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        long request = representatives.ask(me, id);
        return ResponseEntity.created(URI.create("/api/v1/representation-requests/" + request))
                .body(Map.of("id", request));
    }

    @GetMapping("/representation-requests")
    List<RepresentationService.RequestView> pending(@AuthenticationPrincipal CurrentUser me) {
        return representatives.pending(me);
    }

    @PostMapping("/representation-requests/{id}/approve")
    ResponseEntity<Void> approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        representatives.decide(me, id, true);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/representation-requests/{id}/decline")
    ResponseEntity<Void> decline(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        representatives.decide(me, id, false);
        return ResponseEntity.noContent().build();
    }
}
