package bg.libpartners.directory;

import bg.libpartners.taxonomy.Labels;
import bg.libpartners.taxonomy.PartnerType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The label key of what a list's "type" column holds ({@link OrganisationSummary#type()}): a partner type of the
 * taxonomy, or the directory's own kinds of organisation and library ({@code CHITALISHTE}, {@code LIBRARY_REGIONAL}…).
 * Templates: {@code #{${T(bg.libpartners.directory.TypeLabels).key(o.type)}}}.
 */
public final class TypeLabels {

    private static final Set<String> PARTNER_TYPES =
            Arrays.stream(PartnerType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private TypeLabels() {}

    public static String key(Object type) {
        var code = String.valueOf(type);
        return PARTNER_TYPES.contains(code) ? Labels.prefix(PartnerType.class) + code : "directory.type." + code;
    }
}
