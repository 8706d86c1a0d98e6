package bg.libpartners.insight;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.geography.Geography;
import bg.libpartners.geography.OblastRef;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The dashboards: the programme (admins; coordinators too, as for the programme's indicator totals), an oblast (its
 * coordinators, admins) and a library or chitalishte (its librarians, its board, the coordinators of its oblast,
 * admins). Every section comes from a module's {@link FigureSource}, through the {@link FigureCache}. A filter by
 * oblast or municipality makes the programme dashboard that oblast's, with the same rule. The comparison puts each
 * figure beside the national median: over the oblasts for an oblast, over the libraries for a library.
 */
@Service
public class DashboardService {

    private final FigureCache cache;
    private final OrganisationPlaces places;
    private final Geography geography;
    private final FigureWarmUp warmUp;

    DashboardService(FigureCache cache, OrganisationPlaces places, Geography geography, FigureWarmUp warmUp) {
        this.cache = cache;
        this.places = places;
        this.geography = geography;
        this.warmUp = warmUp;
    }

    /** @throws AccessDeniedException when the scope is not the user's; NotFoundException for an unknown place */
    public Dashboard dashboard(CurrentUser me, InsightScope asked) {
        var scope = normalise(asked);
        String level;
        String title = null;
        if (scope.organisationId() != null) {
            var place = places.place(scope.organisationId())
                    .filter(OrganisationPlaces.Place::library)
                    .orElseThrow(() -> new NotFoundException("insight.error.libraryNotFound", scope.organisationId()));
            checkLibrary(me, place);
            level = "library";
            title = place.name();
        } else if (scope.oblast() != null) {
            var oblast = geography
                    .findOblast(scope.oblast())
                    .orElseThrow(() -> new NotFoundException("insight.error.oblastNotFound", scope.oblast()));
            checkOblast(me, oblast.code());
            level = "oblast";
            title = oblast.nameBg();
        } else {
            checkProgramme(me);
            level = "programme";
        }
        cache.prefetch(
                scope,
                level.equals("oblast")
                        ? geography.oblasts().stream().map(OblastRef::code).toList()
                        : List.of());
        var sections = new ArrayList<Dashboard.Section>();
        Instant oldest = null;
        for (var section : cache.sections()) {
            var computed = cache.figures(section, scope);
            oldest = oldest == null || computed.at().isBefore(oldest) ? computed.at() : oldest;
            Map<String, Number> medians = Map.of();
            if (level.equals("library")) {
                medians = cache.libraryMedians(section, scope.year()).medians();
            } else if (level.equals("oblast")) {
                medians = oblastMedians(section, scope);
            }
            sections.add(new Dashboard.Section(section, computed.figures(), medians, computed.failed()));
        }
        return new Dashboard(level, scope, title, sections, oldest);
    }

    /** Whether the user may see some dashboard, and which one is theirs first: for the start page and the nav. */
    public static String homeOf(CurrentUser me) {
        if (me == null) {
            return null;
        }
        return switch (me.role()) {
            case ADMIN, COORDINATOR -> "/insight";
            case LIBRARIAN ->
                me.refs(ScopeKind.LIBRARY).stream()
                        .sorted()
                        .findFirst()
                        .map(id -> "/insight/libraries/" + id)
                        .orElse(null);
            case BOARD_MEMBER ->
                me.refs(ScopeKind.CHITALISHTE).stream()
                        .sorted()
                        .findFirst()
                        .map(id -> "/insight/libraries/" + id)
                        .orElse(null);
            default -> null;
        };
    }

    /**
     * Forgets the cached figures (an admin's "recompute now", and tests); the warm-up, when on, then computes the
     * programme's and the oblasts' again in the background.
     */
    public void refresh(CurrentUser me) {
        if (me == null || !me.isAdmin()) {
            throw new AccessDeniedException("insight refresh");
        }
        cache.clear();
        warmUp.start();
    }

    /** The oblasts for the filters. */
    public List<OblastRef> oblasts() {
        return geography.oblasts();
    }

    /** The municipalities of an oblast for the filters, none without an oblast. */
    public List<bg.libpartners.geography.MunicipalityRef> municipalities(String oblast) {
        return oblast == null ? List.of() : geography.municipalities(oblast);
    }

    /** A municipality's oblast is the first three letters of its code; a partner type must be one of the seed's. */
    private InsightScope normalise(InsightScope s) {
        String oblast = blank(s.oblast());
        String municipality = blank(s.municipality());
        String type = blank(s.partnerType());
        if (municipality != null) {
            var m = geography
                    .findMunicipality(municipality)
                    .orElseThrow(() -> new BadRequestException("municipality", "insight.error.municipality"));
            if (oblast != null && !oblast.equals(m.oblastCode())) {
                throw new BadRequestException("municipality", "insight.error.municipality");
            }
            oblast = m.oblastCode();
        }
        if (type != null
                && Arrays.stream(bg.libpartners.taxonomy.PartnerType.values())
                        .noneMatch(t -> t.name().equals(s.partnerType()))) {
            throw new BadRequestException("partnerType", "insight.error.partnerType");
        }
        if (s.year() != null && (s.year() < 1990 || s.year() > 2100)) {
            throw new BadRequestException("year", "insight.error.year");
        }
        if (s.organisationId() != null) {
            return new InsightScope(null, s.organisationId(), s.year(), null, type);
        }
        return new InsightScope(oblast, null, s.year(), municipality, type);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void checkProgramme(CurrentUser me) {
        if (me == null || !(me.isAdmin() || me.is(Role.COORDINATOR))) {
            throw new AccessDeniedException("programme dashboard");
        }
    }

    private static void checkOblast(CurrentUser me, String oblast) {
        if (me == null || !(me.isAdmin() || me.is(Role.COORDINATOR) && me.covers(ScopeKind.OBLAST, oblast))) {
            throw new AccessDeniedException("oblast dashboard " + oblast);
        }
    }

    private static void checkLibrary(CurrentUser me, OrganisationPlaces.Place place) {
        var id = String.valueOf(place.id());
        boolean allowed = me != null
                && (me.isAdmin()
                        || me.is(Role.COORDINATOR)
                                && place.oblast() != null
                                && me.covers(ScopeKind.OBLAST, place.oblast())
                        || me.is(Role.LIBRARIAN) && me.covers(ScopeKind.LIBRARY, id)
                        || me.is(Role.BOARD_MEMBER)
                                && (me.covers(ScopeKind.CHITALISHTE, id)
                                        || place.holderId() != null
                                                && me.covers(
                                                        ScopeKind.CHITALISHTE,
                                                        place.holderId().toString())));
        if (!allowed) {
            throw new AccessDeniedException("library dashboard " + place.id());
        }
    }

    /** The median of each figure over the oblasts, for the same filters but the oblast. */
    private Map<String, Number> oblastMedians(String section, InsightScope scope) {
        var byKey = new LinkedHashMap<String, List<Double>>();
        var inOnePass = cache.oblastValues(section, scope);
        if (inOnePass != null) {
            var keys = new java.util.LinkedHashSet<String>();
            inOnePass.values().forEach(values -> keys.addAll(values.keySet()));
            for (var oblast : geography.oblasts()) {
                var values = inOnePass.getOrDefault(oblast.code(), Map.of());
                for (var key : keys) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(values.getOrDefault(key, 0).doubleValue());
                }
            }
            var out = new LinkedHashMap<String, Number>();
            byKey.forEach((key, values) -> out.put(key, median(values)));
            return out;
        }
        for (var oblast : geography.oblasts()) {
            var other = new InsightScope(oblast.code(), null, scope.year(), null, scope.partnerType());
            for (var f : cache.figures(section, other).figures()) {
                if (f.value() != null) {
                    byKey.computeIfAbsent(f.key(), k -> new ArrayList<>())
                            .add(f.value().doubleValue());
                }
            }
        }
        var out = new LinkedHashMap<String, Number>();
        byKey.forEach((key, values) -> out.put(key, median(values)));
        return out;
    }

    static double median(List<Double> values) {
        var sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
