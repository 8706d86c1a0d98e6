package bg.libpartners.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of geography: the EKATTE classifiers (oblast, municipality, settlement), settlement search
 * and matching of places as registers write them. Codes are compared as given (upper-case letters, digits).
 */
@Service
@DependsOn("geographyLoader") // whoever reads geography, even while the context starts, finds it loaded
public class Geography {

    private final Places places;
    private final TaskExecutor executor;
    private volatile PlaceIndex index;
    private volatile SettlementCatalog catalog;
    private volatile CountryOutline outline;

    Geography(Places places, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.places = places;
        this.executor = executor;
    }

    /**
     * Builds the index of register places on another thread once the context has started (a third of a second on a
     * cold JVM), so that the first register import, at first start or later, does not wait for it.
     */
    @EventListener(ApplicationStartedEvent.class)
    void prepareIndex() {
        executor.execute(this::index);
    }

    /** All 28 oblasts by Bulgarian name. */
    public List<OblastRef> oblasts() {
        return places.oblasts();
    }

    public Optional<OblastRef> findOblast(String code) {
        return places.oblast(code);
    }

    /** @throws PlaceNotFoundException when there is no such oblast */
    public OblastRef oblast(String code) {
        return findOblast(code).orElseThrow(() -> PlaceNotFoundException.oblast(code));
    }

    /** The municipalities of an oblast, or all 265 when {@code oblastCode} is null; by Bulgarian name. */
    public List<MunicipalityRef> municipalities(String oblastCode) {
        return places.municipalities(oblastCode);
    }

    public Optional<MunicipalityRef> findMunicipality(String code) {
        return places.municipality(code);
    }

    /** @throws PlaceNotFoundException when there is no such municipality */
    public MunicipalityRef municipality(String code) {
        return findMunicipality(code).orElseThrow(() -> PlaceNotFoundException.municipality(code));
    }

    public Optional<SettlementRef> findSettlement(String ekatte) {
        // from memory (every detail page and partnership asks); a code the catalogue lacks is asked of the table
        return catalog().byCode(ekatte).or(() -> places.settlement(ekatte));
    }

    /** @throws PlaceNotFoundException when there is no such settlement */
    public SettlementRef settlement(String ekatte) {
        return findSettlement(ekatte).orElseThrow(() -> PlaceNotFoundException.settlement(ekatte));
    }

    /** Many settlements in one query (for lists and maps); unknown codes are left out. */
    public List<SettlementRef> settlements(Collection<String> ekatte) {
        return places.settlements(ekatte);
    }

    /**
     * Settlements whose Bulgarian or English name contains the query, in any script or case and with or without a
     * kind prefix ("Vratsa", "гр. Враца", "ВРАЦА"). Exact names first, then names that start with the query, then the
     * rest; towns before villages; the bigger first. A blank query lists every settlement in that order. The
     * pageable's sort is ignored: the ranking is the order.
     */
    public Page<SettlementRef> searchSettlements(String query, String municipalityCode, Pageable pageable) {
        String key = PlaceNames.key(query);
        if (pageable.isUnpaged()) {
            var all = catalog().search(key, municipalityCode, 0, Integer.MAX_VALUE);
            return new PageImpl<>(all.content(), pageable, all.total());
        }
        var result = catalog().search(key, municipalityCode, pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.content(), pageable, result.total());
    }

    /**
     * The settlement a register means by its oblast, municipality and settlement columns ("СОФИЯ-ГРАД", "СТОЛИЧНА",
     * "ГРАД СОФИЯ"); empty when there is none or more than one. See {@link #matchRegisterPlace} for the reason.
     */
    public Optional<PlaceRef> resolveRegisterPlace(String oblast, String municipality, String settlement) {
        return matchRegisterPlace(oblast, municipality, settlement).asOptional();
    }

    /** Like {@link #resolveRegisterPlace}, with how sure the match is or why there is none (for import reports). */
    public PlaceMatch matchRegisterPlace(String oblast, String municipality, String settlement) {
        return index().resolve(oblast, municipality, settlement);
    }

    /** Latitudes of Bulgaria's southernmost and northernmost points, rounded outwards (decimal degrees, WGS 84). */
    public static final double SOUTH = 41.2;

    public static final double NORTH = 44.3;
    /** Longitudes of its westernmost point and of its Black Sea coast, rounded outwards. */
    public static final double WEST = 22.3;

    public static final double EAST = 28.7;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** True when the latitude lies between Bulgaria's southernmost and northernmost points ({@link #SOUTH}–{@link #NORTH}). */
    public static boolean latitudeInBulgaria(double lat) {
        return lat >= SOUTH && lat <= NORTH;
    }

    /** True when the longitude lies between Bulgaria's westernmost point and its coast ({@link #WEST}–{@link #EAST}). */
    public static boolean longitudeInBulgaria(double lon) {
        return lon >= WEST && lon <= EAST;
    }

    /** True when the point lies inside Bulgaria's boundary (the shipped outline, about 100 m precise). */
    public boolean insideBulgaria(double lat, double lon) {
        if (!latitudeInBulgaria(lat) || !longitudeInBulgaria(lon)) {
            return false;
        }
        var current = outline;
        if (current == null) {
            current = CountryOutline.load();
            outline = current;
        }
        return current.contains(lat, lon);
    }

    /** The great-circle distance in kilometres between two points (haversine, WGS 84 mean radius). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** How far a point lies from the centre of a settlement, in kilometres; empty for an unknown settlement or centre. */
    public java.util.OptionalDouble kmFromSettlement(String ekatte, double lat, double lon) {
        var settlement = ekatte == null ? Optional.<SettlementRef>empty() : findSettlement(ekatte);
        if (settlement.isEmpty()
                || settlement.get().lat() == null
                || settlement.get().lon() == null) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(
                distanceKm(settlement.get().lat(), settlement.get().lon(), lat, lon));
    }

    /** Built on first use from the same files the loader loads: the tables only change when the application does. */
    private SettlementCatalog catalog() {
        var current = catalog;
        if (current == null) {
            current = new SettlementCatalog(places.allSettlements());
            catalog = current; // two threads may both build it: harmless, and cheaper than a lock on every search
        }
        return current;
    }

    private PlaceIndex index() {
        var current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = new PlaceIndex(Geodata.fromClasspath());
                }
                current = index;
            }
        }
        return current;
    }
}
