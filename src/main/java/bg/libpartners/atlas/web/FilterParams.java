package bg.libpartners.atlas.web;

import bg.libpartners.atlas.AtlasFilter;
import bg.libpartners.geography.Geography;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The filter parameters of the map, the regions and the network, as the request gives them. */
public record FilterParams(
        List<String> kind,
        List<String> type,
        String oblast,
        String municipality,
        List<String> status,
        List<String> field,
        List<String> group,
        String year) {

    /** The filter for the current visitor: partnerships in negotiation or terminated only when signed in. */
    AtlasFilter toFilter(Geography geography) {
        return AtlasFilter.parse(geography, kind, type, oblast, municipality, status, field, group, year, signedIn());
    }

    /** Whether the request is authenticated (a session or an API token), not anonymous. */
    static boolean signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
