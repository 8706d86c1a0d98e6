package bg.libpartners.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the page a signed-in person sees when a rule keeps them out. */
@Controller
class PagesController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/error/403")
    String forbidden(HttpServletResponse response) {
        response.setStatus(403);
        return "error/403";
    }
}
