package bg.libpartners.event;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface Events extends JpaRepository<Event, Long> {

    /** The event's row locked for this transaction ({@code select … for update}): registrations queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "30000"))
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(@Param("id") long id);

    @Query("select e from Event e where e.id in :ids")
    List<Event> findAllByIdIn(@Param("ids") Collection<Long> ids);

    @Query("select e.id from Event e where e.status = bg.libpartners.event.EventStatus.SCHEDULED"
            + " and e.startsAt >= :from and e.startsAt < :to")
    List<Long> scheduledBetween(@Param("from") Instant from, @Param("to") Instant to);

    /** The events held for the organisation (as their library or chitalishte) or inviting it (one of the keys). */
    @Query("select distinct e from Event e left join e.audienceKeys k where e.libraryId = :organisation"
            + " or e.chitalishteId = :organisation or k in :keys")
    List<Event> findNaming(@Param("organisation") long organisation, @Param("keys") Collection<String> keys);

    @Query("select max(e.updatedAt) from Event e")
    Instant lastUpdated();

    /** Public, scheduled events in person (a settlement, not only online) starting in [from, to), for the map. */
    @Query("select new bg.libpartners.event.MapEvent(e.id, e.kind, e.title, e.startsAt, e.ekatte, e.settlementName)"
            + " from Event e where e.publicEvent = true and e.status = bg.libpartners.event.EventStatus.SCHEDULED"
            + " and e.ekatte is not null and e.startsAt >= :from and e.startsAt < :to order by e.startsAt, e.id")
    List<MapEvent> onMap(@Param("from") Instant from, @Param("to") Instant to, Pageable pageable);
}
