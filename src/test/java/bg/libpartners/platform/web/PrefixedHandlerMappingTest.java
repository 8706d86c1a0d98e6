package bg.libpartners.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;

class PrefixedHandlerMappingTest {

    @Test
    void aPatternsLiteralBeginningEndsAtItsFirstVariableOrWildcard() {
        assertThat(PrefixedHandlerMapping.literalPrefix("/api/v1/events/{id}/registrations"))
                .isEqualTo("/api/v1/events/");
        assertThat(PrefixedHandlerMapping.literalPrefix("/api/v1/open-data/{dataset}.csv"))
                .isEqualTo("/api/v1/open-data/");
        assertThat(PrefixedHandlerMapping.literalPrefix("/files/{*rest}")).isEqualTo("/files/");
        assertThat(PrefixedHandlerMapping.literalPrefix("/**")).isEqualTo("/");
        assertThat(PrefixedHandlerMapping.literalPrefix("/a?c")).isEqualTo("/a");
        assertThat(PrefixedHandlerMapping.literalPrefix("/events")).isEqualTo("/events");
    }

    @Test
    void resolvesWhatSpringResolvesAndRefusesWhatItRefuses() throws Exception {
        var context = new StaticWebApplicationContext();
        context.registerSingleton("routes", Routes.class);
        var mapping = new PrefixedHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();

        assertThat(method(mapping, "GET", "/api/v1/events/17")).isEqualTo("event");
        assertThat(method(mapping, "GET", "/api/v1/events/17/registrations")).isEqualTo("registrations");
        assertThat(method(mapping, "GET", "/api/v1/events/calendar")).isEqualTo("calendar");
        assertThat(method(mapping, "GET", "/api/v1/eventsX/17")).isNull();
        assertThat(method(mapping, "GET", "/elsewhere/17")).isEqualTo("anything");
        // a path whose only mapping takes another method is still Spring's 405, not a 404
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> method(mapping, "DELETE", "/api/v1/events/17/registrations"))
                .isInstanceOf(org.springframework.web.HttpRequestMethodNotSupportedException.class);
    }

    private static String method(PrefixedHandlerMapping mapping, String verb, String path) throws Exception {
        var request = new MockHttpServletRequest(verb, path);
        var chain = mapping.getHandler(request);
        return chain == null
                ? null
                : ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }

    @RestController
    static class Routes {
        @GetMapping("/api/v1/events/{id}")
        String event(@PathVariable long id) {
            return "";
        }

        @GetMapping("/api/v1/events/calendar")
        String calendar() {
            return "";
        }

        @GetMapping("/api/v1/events/{id}/registrations")
        String registrations(@PathVariable long id) {
            return "";
        }

        @PostMapping("/api/v1/events/{id}/registrations")
        String register(@PathVariable long id) {
            return "";
        }

        @GetMapping("/{first}/{id}")
        String anything(@PathVariable String first, @PathVariable long id) {
            return "";
        }
    }
}
