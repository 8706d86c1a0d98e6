package bg.libpartners.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves organisations' points, for the pin and the coordinates import alike: a chitalishte's own library that stood
 * where the chitalishte stood, in the same settlement, moves with it (the register places both at one point); every
 * move is announced with {@link OrganisationPositionsChanged}.
 */
@Component
class PositionService {

    static final int IDS_PER_EVENT = 1_000;

    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    PositionService(Organisations organisations, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
    }

    /** Sets the point; returns the ids of the organisations that moved (none when it was there already). */
    List<Long> move(Organisation o, double lat, double lon, PositionSource source) {
        if (o.isAt(lat, lon) && o.getPositionSource() == source) {
            return List.of();
        }
        var oldLat = o.getLat();
        var oldLon = o.getLon();
        o.position(lat, lon, source);
        o.touch();
        var moved = new ArrayList<Long>();
        moved.add(o.getId());
        moved.addAll(followers(o, oldLat, oldLon));
        return moved;
    }

    /** After {@code o} left (oldLat, oldLon): its chitalishte libraries that stood there come along. */
    List<Long> followers(Organisation o, Double oldLat, Double oldLon) {
        if (o.getKind() != OrganisationKind.CHITALISHTE || o.getId() == null || oldLat == null || oldLon == null) {
            return List.of();
        }
        var moved = new ArrayList<Long>();
        for (var library : organisations.findByParentId(o.getId())) {
            if (library.getLibraryKind() == LibraryKind.CHITALISHTE
                    && library.isAt(oldLat, oldLon)
                    && java.util.Objects.equals(library.getEkatte(), o.getEkatte())) {
                library.position(o.getLat(), o.getLon(), o.getPositionSource());
                library.touch();
                moved.add(library.getId());
            }
        }
        return moved;
    }

    /** Announces the moves, a thousand organisations an event (the registry keeps each event whole). */
    void announce(Collection<Long> ids, PositionSource source) {
        var list = List.copyOf(ids);
        for (var chunk : Directory.chunks(list, IDS_PER_EVENT)) {
            events.publishEvent(new OrganisationPositionsChanged(
                    chunk.stream().map(OrganisationId::new).toList(), source));
        }
    }
}
