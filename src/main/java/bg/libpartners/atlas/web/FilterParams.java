package bg.libpartners.atlas.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.atlas.AtlasFilter;
import bg.libpartners.geography.Geography;
import java.util.List;

/** The filter parameters of the map, the regions and the network, as the request gives them. */
public record FilterParams(List<String> kind, List<String> type, String oblast, String municipality,
        List<String> status, List<String> field, List<String> group, String year) {

    /** The filter for the current visitor: partnerships in negotiation or terminated only when signed in. */
    AtlasFilter toFilter(Geography geography) {
        return AtlasFilter.parse(geography, kind, type, oblast, municipality, status, field, group, year,
                signedIn());
    }

    static boolean signedIn() {
        return CurrentUser.get().isPresent();
    }
}
