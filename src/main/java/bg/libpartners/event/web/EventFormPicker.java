package bg.libpartners.event.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.geography.Geography;
import bg.libpartners.geography.SettlementRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the event form offers to pick, and how a typed name becomes a record: a settlement from the suggestions
 * ("гр. Пловдив (56784)") or a name that matches exactly one; a chitalishte by name among those of the person's
 * oblasts or, failing that, by a search with exactly one hit.
 */
@Component
class EventFormPicker {

    private static final Pattern CODE = Pattern.compile("\\((\\d{5})\\)\\s*$|^(\\d{5})$");

    private final Geography geography;
    private final Directory directory;

    EventFormPicker(Geography geography, Directory directory) {
        this.geography = geography;
        this.directory = directory;
    }

    static String label(SettlementRef s) {
        return s.fullNameBg() + ", обл. " + s.oblastNameBg() + " (" + s.ekatte() + ")";
    }

    List<SettlementRef> settlements(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return geography.searchSettlements(q, null, PageRequest.of(0, 10)).getContent();
    }

    /** The EKATTE code the typed place names; empty when blank; the text itself when it names none (refused later). */
    Optional<String> ekatte(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        var m = CODE.matcher(place.trim());
        if (m.find()) {
            return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
        }
        var hits = geography
                .searchSettlements(place.trim(), null, PageRequest.of(0, 2))
                .getContent();
        var exact = hits.stream()
                .filter(s -> s.nameBg().equalsIgnoreCase(stripKind(place))
                        || s.fullNameBg().equalsIgnoreCase(place.trim()))
                .toList();
        if (exact.size() == 1 || hits.size() == 1) {
            return Optional.of((exact.size() == 1 ? exact : hits).get(0).ekatte());
        }
        return Optional.of(place.trim());
    }

    private static String stripKind(String place) {
        return place.trim().replaceFirst("^(гр\\.|с\\.|ман\\.)\\s*", "");
    }

    /** Chitalishta of the person's oblasts (a coordinator's), or those holding their libraries. */
    List<OrganisationSummary> chitalishta(CurrentUser me) {
        var list = new ArrayList<OrganisationSummary>();
        if (me.is(Role.COORDINATOR)) {
            for (var oblast : me.refs(ScopeKind.OBLAST)) {
                list.addAll(directory
                        .list(OrganisationKind.CHITALISHTE, oblast, null, PageRequest.of(0, 1000))
                        .getContent());
            }
        }
        for (var library : libraries(me)) {
            directory.holderOf(library.id()).ifPresent(list::add);
        }
        return list.stream().distinct().toList();
    }

    /** The id of the chitalishte named; null when blank; -1 when no single one matches (refused by the service). */
    Long chitalishte(CurrentUser me, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        var typed = name.trim();
        var mine = chitalishta(me).stream()
                .filter(c -> c.name().equalsIgnoreCase(typed))
                .toList();
        if (mine.size() == 1) {
            return mine.get(0).id();
        }
        var hits = directory.search(typed, OrganisationKind.CHITALISHTE, null, null, null, PageRequest.of(0, 2));
        return hits.getContent().size() == 1 ? hits.getContent().get(0).id() : -1L;
    }

    List<OrganisationSummary> libraries(CurrentUser me) {
        var ids = me.refs(ScopeKind.LIBRARY).stream()
                .map(r -> {
                    try {
                        return Long.parseLong(r);
                    } catch (NumberFormatException e) {
                        return -1L;
                    }
                })
                .toList();
        return directory.findAll(ids);
    }

    /** Oblast codes to names, in the reader's language. */
    LinkedHashMap<String, String> oblasts(Locale locale) {
        var map = new LinkedHashMap<String, String>();
        geography.oblasts().forEach(o -> map.put(o.code(), o.name(locale)));
        return map;
    }

    String chitalishteName(Long id) {
        return id == null
                ? null
                : directory.findOptional(id).map(OrganisationSummary::name).orElse(null);
    }
}
