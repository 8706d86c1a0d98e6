package bg.libpartners.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.DependsOn;
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
    private volatile PlaceIndex index;
    private volatile SettlementCatalog catalog;

    Geography(Places places) {
        this.places = places;
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
        return places.settlement(ekatte);
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
