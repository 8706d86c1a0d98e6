package bg.libpartners.practice;

import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.util.List;

/**
 * The codes a practice is described by, as the strings its search index holds: the one taxonomy's partner types,
 * fields and target groups (labels {@code taxonomy.*}), and the countries of the examples.
 */
public final class Codes {

    public static final List<String> PARTNER_TYPES = names(PartnerType.values());

    public static final List<String> FIELDS = names(ActivityField.values());

    public static final List<String> TARGET_GROUPS = names(TargetGroup.values());

    /** Countries of the programme's examples first; any ISO 3166 alpha-2 code is accepted. */
    public static final List<String> COUNTRIES =
            List.of("BG", "LT", "NO", "RO", "LV", "UA", "PL", "MD", "RS", "MK", "GR", "TR", "DE", "GB", "US");

    private Codes() {}

    private static List<String> names(Enum<?>[] codes) {
        return java.util.Arrays.stream(codes).map(Enum::name).toList();
    }
}
