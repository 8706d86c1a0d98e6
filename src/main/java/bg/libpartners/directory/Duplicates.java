package bg.libpartners.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates (the same EIK; near-identical names in the same settlement) for admins, and their merge: the
 * organisation kept takes what the other knew and it didn't, libraries move over, and {@link OrganisationsMerged}
 * tells the other modules to re-point their references before the duplicate is removed.
 */
@Service
public class Duplicates {

    public enum Reason { EIK, NAME }

    public record Pair(OrganisationSummary first, OrganisationSummary second, Reason reason) {}

    private final Organisations organisations;
    private final PlaceLabels labels;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    Duplicates(Organisations organisations, PlaceLabels labels, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.labels = labels;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Pair> find(int limit) {
        List<long[]> pairs = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        List<Object[]> sameEik = entityManager.createQuery("""
                select a.id, b.id from Organisation a, Organisation b
                where a.eik = b.eik and a.id < b.id and a.kind = b.kind and a.eik is not null""", Object[].class)
                .setMaxResults(limit).getResultList();
        sameEik.forEach(r -> {
            pairs.add(new long[] {(Long) r[0], (Long) r[1]});
            reasons.add(Reason.EIK);
        });
        Map<String, Long> seen = new HashMap<>();
        List<Object[]> names = entityManager.createQuery("""
                select o.id, o.kind, o.ekatte, o.name from Organisation o
                where o.kind <> bg.libpartners.directory.OrganisationKind.LIBRARY order by o.id""", Object[].class)
                .getResultList();
        for (var r : names) {
            if (pairs.size() >= limit) {
                break;
            }
            var key = r[1] + "|" + r[2] + "|" + key((String) r[3]);
            var first = seen.putIfAbsent(key, (Long) r[0]);
            if (first != null && pairs.stream().noneMatch(p -> p[0] == first && p[1] == (Long) r[0])) {
                pairs.add(new long[] {first, (Long) r[0]});
                reasons.add(Reason.NAME);
            }
        }
        List<Pair> result = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            var a = organisations.findById(pairs.get(i)[0]).map(labels::summary).orElseThrow();
            var b = organisations.findById(pairs.get(i)[1]).map(labels::summary).orElseThrow();
            result.add(new Pair(a, b, reasons.get(i)));
        }
        return result;
    }

    /** The same name once case, quotes, punctuation, "НЧ"/"читалище" and founding years are set aside. */
    static String key(String name) {
        var s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
                .replaceAll("народно читалище|читалище|нч\\b|\\d{4}\\s*г?\\.?", " ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.replaceAll("\\s+", " ");
    }

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
            kept.place(removed.getEkatte(), removed.getSettlementName(), removed.getMunicipalityCode(),
                    removed.getOblastCode(), removed.getLat(), removed.getLon());
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
        events.publishEvent(new OrganisationsMerged(new OrganisationId(keptId), new OrganisationId(removedId)));
        organisations.delete(removed);
    }
}
