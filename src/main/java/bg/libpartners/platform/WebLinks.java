package bg.libpartners.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Website links people type in: only {@code http} and {@code https} addresses are kept and shown, so a stored
 * {@code javascript:} or {@code data:} link never becomes a clickable href. An address typed without a scheme
 * ({@code www.example.bg}) is taken as {@code https://}. Templates use it as {@code ${@webLinks.href(url)}}.
 */
@Component("webLinks")
public class WebLinks {

    /** The address as it is kept: trimmed and with a scheme, or null when it is no web address at all. */
    public static String normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var text = typed.strip();
        var url = text.contains("://") || text.contains(":") && !text.matches("[^/:]+:\\d+([/?#].*)?")
                ? text
                : "https://" + text;
        return isWeb(url) ? url : null;
    }

    /** Whether an address is an absolute {@code http}/{@code https} link with a host. */
    public static boolean isWeb(String url) {
        if (url == null || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
            return false;
        }
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getRawAuthority() != null
                    && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A link for a template's href: the address when it is a web address, else null (Thymeleaf then drops it). */
    public String href(String url) {
        return isWeb(url) ? url : null;
    }
}
