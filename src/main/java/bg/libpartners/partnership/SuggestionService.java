package bg.libpartners.partnership;

import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Partners to consider at the builder's partners step: organisations near the lead library (its municipality, then
 * its oblast, then national strategic partners) of the types that partnerships for the same target groups or fields
 * have used, and the seed's usual partners for those groups; each with the reason.
 */
@Service
public class SuggestionService {

    /** One organisation and why: where it is ({@code placeKey}) and why its type ({@code typeKey}). */
    public record Suggestion(OrganisationSummary organisation, String placeKey, String typeKey) {}

    static final Map<TargetGroup, Set<PartnerType>> SEED_DEFAULTS = Map.of(
            TargetGroup.CHILDREN, EnumSet.of(PartnerType.EDUCATION, PartnerType.NGO, PartnerType.SOCIAL),
            TargetGroup.YOUTH, EnumSet.of(PartnerType.EDUCATION, PartnerType.SPORTS, PartnerType.NGO),
            TargetGroup.ELDERLY, EnumSet.of(PartnerType.NGO, PartnerType.SOCIAL, PartnerType.HEALTH),
            TargetGroup.DISABLED,
                    EnumSet.of(PartnerType.SOCIAL, PartnerType.NGO, PartnerType.HEALTH, PartnerType.PUBLIC_BODY),
            TargetGroup.MINORITIES, EnumSet.of(PartnerType.NGO, PartnerType.RELIGIOUS, PartnerType.PUBLIC_BODY),
            TargetGroup.UNEMPLOYED, EnumSet.of(PartnerType.PUBLIC_BODY, PartnerType.BUSINESS, PartnerType.SOCIAL),
            TargetGroup.OTHER, EnumSet.of(PartnerType.PUBLIC_BODY, PartnerType.MEDIA, PartnerType.CULTURE));

    private final Directory directory;
    private final PartnershipCatalog catalog;

    SuggestionService(Directory directory, PartnershipCatalog catalog) {
        this.directory = directory;
        this.catalog = catalog;
    }

    public List<Suggestion> forPartnership(PartnershipDetails p, int limit) {
        Set<PartnerType> used = EnumSet.noneOf(PartnerType.class);
        for (var code : catalog.typesUsedFor(p.targetGroups(), p.fields(), p.id())) {
            try {
                used.add(PartnerType.valueOf(code));
            } catch (IllegalArgumentException notAPartnerType) {
                // another library as a party: not a partner type
            }
        }
        Set<PartnerType> seed = EnumSet.noneOf(PartnerType.class);
        p.targetGroups().forEach(g -> seed.addAll(SEED_DEFAULTS.getOrDefault(g, Set.of())));
        var types = new LinkedHashSet<PartnerType>(used);
        types.addAll(seed);
        var chosen = p.parties().stream()
                .map(PartnershipDetails.PartyView::organisationId)
                .toList();
        return directory.nearby(p.municipalityCode(), p.oblastCode(), types, limit + chosen.size()).stream()
                .filter(o -> !chosen.contains(o.id()) && o.id() != p.leadLibraryId())
                .limit(limit)
                .map(o -> new Suggestion(o, placeKey(p, o), typeKey(o, used, seed)))
                .toList();
    }

    private static String placeKey(PartnershipDetails p, OrganisationSummary o) {
        if (p.municipalityCode() != null && p.municipalityCode().equals(o.municipalityCode())) {
            return "partnership.suggest.sameMunicipality";
        }
        if (p.oblastCode() != null && p.oblastCode().equals(o.oblastCode())) {
            return "partnership.suggest.sameOblast";
        }
        return "partnership.suggest.national";
    }

    private static String typeKey(OrganisationSummary o, Set<PartnerType> used, Set<PartnerType> seed) {
        PartnerType type;
        try {
            type = PartnerType.valueOf(o.type());
        } catch (RuntimeException e) {
            return "partnership.suggest.anyType";
        }
        if (used.contains(type)) {
            return "partnership.suggest.usedBySimilar";
        }
        return seed.contains(type) ? "partnership.suggest.seedDefault" : "partnership.suggest.anyType";
    }
}
