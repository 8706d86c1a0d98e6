package bg.libpartners.directory;

import bg.libpartners.geography.Geography;
import bg.libpartners.geography.MunicipalityRef;
import bg.libpartners.geography.OblastRef;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Oblast and municipality names by code, read once: the classifiers change only with the application. */
@Component
class PlaceLabelLookup {

    private final Geography geography;
    private volatile Map<String, String> oblasts;
    private volatile Map<String, String> municipalities;

    PlaceLabelLookup(Geography geography) {
        this.geography = geography;
    }

    String oblast(String code) {
        if (code == null) {
            return null;
        }
        if (oblasts == null) {
            oblasts = geography.oblasts().stream().collect(Collectors.toMap(OblastRef::code, OblastRef::nameBg));
        }
        return oblasts.getOrDefault(code, code);
    }

    String municipality(String code) {
        if (code == null) {
            return null;
        }
        if (municipalities == null) {
            municipalities = geography.municipalities(null).stream()
                    .collect(Collectors.toMap(MunicipalityRef::code, MunicipalityRef::nameBg, (a, b) -> a));
        }
        return municipalities.getOrDefault(code, code);
    }

    Map<String, String> oblastNames() {
        oblast("");
        return java.util.Collections.unmodifiableMap(oblasts);
    }

    Map<String, String> municipalityNames() {
        municipality("");
        return java.util.Collections.unmodifiableMap(municipalities);
    }

    OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(
                o.getId(),
                o.getKind(),
                o.getName(),
                o.getTypeKey(),
                o.getPartnerSubtype() == null ? null : o.getPartnerSubtype().name(),
                o.getEik(),
                o.getEkatte(),
                o.getSettlementName(),
                o.getMunicipalityCode(),
                municipality(o.getMunicipalityCode()),
                o.getOblastCode(),
                oblast(o.getOblastCode()),
                o.getLat(),
                o.getLon(),
                o.getStrategic(),
                o.getStatus(),
                o.getCountry(),
                o.getPositionSource());
    }
}
