package bg.libpartners.platform.pick;

import java.util.List;
import java.util.Optional;

/**
 * The things of one kind ("library", "oblast", "practice", ...) that forms let people pick by name. The module that
 * owns them implements it; the type-ahead ({@code fragments/picker}) and its no-script fallback ask it by kind.
 * {@link #suggest} must keep to what the signed-in person may see; the service that finally receives the value checks
 * again (a picker is a convenience, never a permission).
 */
public interface PickSource {

    /** The kinds this source answers for. */
    List<String> kinds();

    /** Up to {@code limit} choices whose name matches {@code q}, Cyrillic or Latin; best first. */
    List<Choice> suggest(String kind, String q, int limit);

    /** The choice a value names, for showing what a form already holds; empty when unknown. */
    Optional<Choice> find(String kind, String value);
}
