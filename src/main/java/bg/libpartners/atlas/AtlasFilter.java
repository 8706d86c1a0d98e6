package bg.libpartners.atlas;

import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.geography.Geography;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The map's and the network's filters, checked: every value is a known code (else a 400 naming the parameter). Empty
 * sets mean "any"; {@code kinds} defaults to libraries and partners (a chitalishte stands where its library does).
 */
public record AtlasFilter(
        Set<OrganisationKind> kinds,
        Set<PartnerType> types,
        String oblast,
        String municipality,
        Set<PartnershipStatus> statuses,
        Set<ActivityField> fields,
        Set<TargetGroup> groups,
        Integer year,
        Set<PartnershipStatus> visible) {

    public static final Set<OrganisationKind> DEFAULT_KINDS =
            EnumSet.of(OrganisationKind.LIBRARY, OrganisationKind.PARTNER);

    /**
     * What the public map, network and counts show without signing in: cooperation agreed, under way, paused or
     * done. Partnerships still in negotiation (not yet agreed by the parties) and terminated ones are shown only to
     * signed-in users; drafts never (README, "What the public map shows").
     */
    public static final Set<PartnershipStatus> PUBLIC_STATUSES = Set.copyOf(EnumSet.of(
            PartnershipStatus.AGREED,
            PartnershipStatus.ACTIVE,
            PartnershipStatus.SUSPENDED,
            PartnershipStatus.COMPLETED));

    /** What signed-in users see: every partnership that is not a draft. */
    public static final Set<PartnershipStatus> SIGNED_IN_STATUSES =
            Set.copyOf(EnumSet.complementOf(EnumSet.of(PartnershipStatus.DRAFT)));

    public static AtlasFilter none() {
        return new AtlasFilter(
                DEFAULT_KINDS, Set.of(), null, null, Set.of(), Set.of(), Set.of(), null, PUBLIC_STATUSES);
    }

    /** The statuses a visitor may see: {@link #SIGNED_IN_STATUSES} when signed in, else {@link #PUBLIC_STATUSES}. */
    public static Set<PartnershipStatus> visibleTo(boolean signedIn) {
        return signedIn ? SIGNED_IN_STATUSES : PUBLIC_STATUSES;
    }

    /** From request parameters as given, for the public (each list may be null, values may be comma-separated). */
    public static AtlasFilter parse(
            Geography geography,
            List<String> kind,
            List<String> type,
            String oblast,
            String municipality,
            List<String> status,
            List<String> field,
            List<String> group,
            String year) {
        return parse(geography, kind, type, oblast, municipality, status, field, group, year, false);
    }

    /**
     * From request parameters as given; a status the visitor may not see is refused with a 400 that says why, and
     * "any status" means any the visitor may see.
     */
    public static AtlasFilter parse(
            Geography geography,
            List<String> kind,
            List<String> type,
            String oblast,
            String municipality,
            List<String> status,
            List<String> field,
            List<String> group,
            String year,
            boolean signedIn) {
        var kinds = codes("kind", kind, OrganisationKind::valueOf);
        var types = codes("type", type, PartnerType::valueOf);
        var statuses = codes("status", status, PartnershipStatus::valueOf);
        if (statuses.contains(PartnershipStatus.DRAFT)) { // drafts are not yet cooperation and never public
            throw new BadRequestException("status", "atlas.error.unknownValue", "status", "DRAFT");
        }
        var visible = visibleTo(signedIn);
        for (var asked : statuses) {
            if (!visible.contains(asked)) {
                throw new BadRequestException("status", "atlas.error.statusSignedIn", asked.name());
            }
        }
        String o = blank(oblast) ? null : oblast.trim().toUpperCase(java.util.Locale.ROOT);
        if (o != null && geography.findOblast(o).isEmpty()) {
            throw new BadRequestException("oblast", "atlas.error.unknownValue", "oblast", oblast);
        }
        String m = blank(municipality) ? null : municipality.trim().toUpperCase(java.util.Locale.ROOT);
        if (m != null && geography.findMunicipality(m).isEmpty()) {
            throw new BadRequestException("municipality", "atlas.error.unknownValue", "municipality", municipality);
        }
        Integer y = null;
        if (!blank(year)) {
            try {
                y = Integer.valueOf(year.trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("year", "atlas.error.year", year);
            }
            if (y < 1900 || y > 2100) {
                throw new BadRequestException("year", "atlas.error.year", year);
            }
        }
        return new AtlasFilter(
                kinds.isEmpty() ? DEFAULT_KINDS : kinds,
                types,
                o,
                m,
                statuses,
                codes("field", field, ActivityField::valueOf),
                codes("group", group, TargetGroup::valueOf),
                y,
                visible);
    }

    /** Whether any filter on the partnerships themselves is set (status, field, target group, year). */
    public boolean filtersPartnerships() {
        return !statuses.isEmpty() || !fields.isEmpty() || !groups.isEmpty() || year != null;
    }

    static Set<String> names(Collection<? extends Enum<?>> values) {
        var names = new LinkedHashSet<String>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }

    private static <E extends Enum<E>> Set<E> codes(String parameter, List<String> values, Function<String, E> parse) {
        var result = new LinkedHashSet<E>();
        if (values == null) {
            return result;
        }
        values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(v -> {
                    try {
                        result.add(parse.apply(v.toUpperCase(java.util.Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new BadRequestException(parameter, "atlas.error.unknownValue", parameter, v);
                    }
                });
        return result;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
