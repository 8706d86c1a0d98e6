package bg.libpartners.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LocaleResolutionTest {

    final WebConfig config = new WebConfig();

    @Test
    void pagesAreBulgarianWhateverTheBrowserAsks() {
        var request = new MockHttpServletRequest("GET", "/login");
        request.addHeader("Accept-Language", "en-US,en;q=0.9");
        assertThat(config.localeResolver().resolveLocale(request).getLanguage()).isEqualTo("bg");
    }

    @Test
    void apiFollowsAcceptLanguageWithinBulgarianAndEnglish() {
        var request = new MockHttpServletRequest("GET", "/api/v1/geography/oblasts");
        request.addHeader("Accept-Language", "en-US,en;q=0.9");
        assertThat(config.localeResolver().resolveLocale(request).getLanguage()).isEqualTo("en");
        var german = new MockHttpServletRequest("GET", "/api/v1/geography/oblasts");
        german.addHeader("Accept-Language", "de-DE");
        assertThat(config.localeResolver().resolveLocale(german).getLanguage()).isEqualTo("bg");
    }

    @Test
    void aChosenLanguageIsRememberedInACookieAndOnlyBulgarianOrEnglishIsKept() {
        var resolver = config.localeResolver();
        var response = new MockHttpServletResponse();
        resolver.setLocale(new MockHttpServletRequest(), response, Locale.FRENCH);
        assertThat(response.getCookie("lp_lang").getValue()).isEqualTo("bg");
        var request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("lp_lang", "en"));
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("en");
    }
}
