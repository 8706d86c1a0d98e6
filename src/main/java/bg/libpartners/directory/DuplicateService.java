package bg.libpartners.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates (the same EIK; near-identical names in the same settlement) for admins, and their merge: the
 * organisation kept takes what the other knew and it didn't, libraries move over, and {@link OrganisationsMerged}
 * tells the other modules to re-point their references before the duplicate is removed.
 */
@Service
public class DuplicateService {

    public enum Reason {
        EIK,
        NAME
    }

    public record Pair(OrganisationSummary first, OrganisationSummary second, Reason reason) {}

    private final Organisations organisations;
    private final PlaceLabelLookup labels;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    private final OrganisationPeople people;

    DuplicateService(
            Organisations organisations,
            PlaceLabelLookup labels,
            ApplicationEventPublisher events,
            OrganisationPeople people) {
        this.people = people;
        this.organisations = organisations;
        this.labels = labels;
        this.events = events;
    }

    /**
     * At most {@code limit} likely pairs, the same EIK first. Bounded at any size of the directory: the EIKs that occur
     * twice within a kind come from one pass in EIK order (grouped in the database, stopping at the limit); names are
     * read a hundred settlements at a time by the EKATTE index, so only one batch is in memory, and reading stops as
     * soon as the limit is reached. Organisations without a settlement (abroad) are compared by EIK only.
     */
    @Transactional(readOnly = true)
    public List<Pair> find(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        var pairs = new LinkedHashMap<String, Object[]>();
        List<String> eiks = entityManager.createQuery("""
                select o.eik from Organisation o where o.eik is not null
                group by o.eik, o.kind having count(o) > 1 order by o.eik""", String.class).setMaxResults(limit).getResultList().stream()
                .distinct()
                .toList();
        if (!eiks.isEmpty()) {
            Map<String, Long> firstOf = new HashMap<>();
            for (var r : entityManager
                    .createQuery("""
                    select o.id, o.kind, o.eik from Organisation o where o.eik in :eiks
                    order by o.eik, o.id""", Object[].class)
                    .setParameter("eiks", eiks)
                    .getResultList()) {
                var first = firstOf.putIfAbsent(r[2] + "|" + r[1], (Long) r[0]);
                if (first != null && pairs.size() < limit) {
                    pairs.putIfAbsent(first + "-" + r[0], new Object[] {first, r[0], Reason.EIK});
                }
            }
        }
        if (pairs.size() < limit) {
            sameNames(pairs, limit);
        }
        var ids = new java.util.HashSet<Long>();
        pairs.values().forEach(p -> {
            ids.add((Long) p[0]);
            ids.add((Long) p[1]);
        });
        Map<Long, OrganisationSummary> byId = new HashMap<>();
        for (var chunk : Directory.chunks(List.copyOf(ids), 1000)) {
            organisations.findAllById(chunk).forEach(o -> byId.put(o.getId(), labels.summary(o)));
        }
        List<Pair> result = new ArrayList<>();
        for (var p : pairs.values()) {
            var a = byId.get((Long) p[0]);
            var b = byId.get((Long) p[1]);
            if (a != null && b != null) {
                result.add(new Pair(a, b, (Reason) p[2]));
            }
        }
        return result;
    }

    /**
     * Near-identical names of the same kind in the same settlement, read a few dozen settlements at a time (by the
     * EKATTE index), so memory holds one batch whatever the size of the directory; stops at the limit.
     */
    private void sameNames(Map<String, Object[]> pairs, int limit) {
        List<String> settlements = entityManager.createQuery("""
                select distinct o.ekatte from Organisation o where o.ekatte is not null order by o.ekatte""", String.class).getResultList();
        for (var batch : Directory.chunks(settlements, 100)) {
            Map<String, Long> seen = new HashMap<>();
            var rows = entityManager
                    .createQuery("""
                    select o.id, o.kind, o.ekatte, o.name from Organisation o
                    where o.ekatte in :batch and o.kind <> bg.libpartners.directory.OrganisationKind.LIBRARY
                    order by o.id""", Object[].class)
                    .setParameter("batch", batch)
                    .setHint("org.hibernate.readOnly", true)
                    .getResultList();
            for (var r : rows) {
                var first = seen.putIfAbsent(r[1] + "|" + r[2] + "|" + key((String) r[3]), (Long) r[0]);
                if (first != null) {
                    pairs.putIfAbsent(first + "-" + r[0], new Object[] {first, r[0], Reason.NAME});
                    if (pairs.size() >= limit) {
                        return;
                    }
                }
            }
        }
    }

    /** The same name once case, quotes, punctuation, "НЧ"/"читалище" and founding years are set aside. */
    static String key(String name) {
        var s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        s = NOISE.matcher(s).replaceAll(" ");
        s = PUNCTUATION.matcher(s).replaceAll(" ").trim();
        return SPACES.matcher(s).replaceAll(" ");
    }

    private static final Pattern NOISE = Pattern.compile("народно читалище|читалище|нч\\b|\\d{4}\\s*г?\\.?");
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Transactional
    public void merge(long keptId, long removedId) {
        if (keptId == removedId) {
            throw new InvalidOrganisationException(Map.of("remove", "directory.error.mergeSame"));
        }
        var kept = organisations.findById(keptId).orElseThrow(() -> Directory.notFound(keptId));
        var removed = organisations.findById(removedId).orElseThrow(() -> Directory.notFound(removedId));
        if (kept.getKind() != removed.getKind()) {
            throw new InvalidOrganisationException(Map.of("remove", "directory.error.mergeKind"));
        }
        if (kept.getEik() == null) {
            kept.setEik(removed.getEik());
        }
        if (kept.getAddress() == null) {
            kept.setAddress(removed.getAddress());
        }
        if (kept.getEkatte() == null && removed.getEkatte() != null) {
            kept.placeLike(removed);
        }
        if (kept.getEmails() == null) {
            kept.setEmails(removed.getEmails());
        }
        if (kept.getPhones() == null) {
            kept.setPhones(removed.getPhones());
        }
        if (kept.getRegisterNo() == null && removed.getRegisterNo() != null) {
            var number = removed.getRegisterNo();
            var hash = removed.getRegisterHash();
            removed.setRegisterNo(null);
            organisations.flush();
            kept.setRegisterNo(number);
            kept.setRegisterHash(hash);
        }
        kept.touch();
        organisations.repointParent(keptId, removedId);
        people.moveAll(keptId, removedId); // the board or staff of both (a kind has one list)
        events.publishEvent(new OrganisationsMerged(
                new OrganisationId(keptId), new OrganisationId(removedId), kept.getName(), kept.getOblastCode()));
        organisations.delete(removed);
    }
}
