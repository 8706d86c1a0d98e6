package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.cache.AnswerCache;
import bg.libpartners.support.SupportViews.Bucket;
import bg.libpartners.support.SupportViews.Stats;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support overview: open, overdue and near-target requests, medians of the first response and of the time to
 * close in working hours, ratings, by topic and by oblast. Coordinators see their oblasts, admins everything. The
 * figures are counted at most every {@code libpartners.support.stats-cache-seconds} per scope (the dashboards do not
 * need them to the second; a list shows every change at once).
 */
@Service
public class SupportStatsService {

    private final EntityManager entityManager;
    private final SupportTopics topics;
    private final Clock clock;
    private final SupportProperties properties;
    private final AnswerCache<Set<String>, Stats> cache;

    SupportStatsService(EntityManager entityManager, SupportTopics topics, Clock clock, SupportProperties properties) {
        this.entityManager = entityManager;
        this.topics = topics;
        this.clock = clock;
        this.properties = properties;
        this.cache = new AnswerCache<>(1000, Duration.ofSeconds(Math.max(1, properties.statsCacheSeconds())), () -> 0L);
    }

    public static boolean mayView(CurrentUser me) {
        return me != null && (me.isAdmin() || me.role() == Role.COORDINATOR);
    }

    /** Within the person's oblasts; {@code oblast} narrows it to one of them. */
    @Transactional(readOnly = true)
    public Stats stats(CurrentUser me, String oblast) {
        if (!mayView(me)) {
            throw new AccessDeniedException("the support overview is for coordinators and admins");
        }
        Set<String> oblasts;
        if (oblast != null && !oblast.isBlank()) {
            if (!me.covers(ScopeKind.OBLAST, oblast)) {
                throw new AccessDeniedException("oblast " + oblast);
            }
            oblasts = Set.of(oblast);
        } else {
            oblasts = me.isAdmin() ? null : new TreeSet<>(me.refs(ScopeKind.OBLAST));
        }
        return cache.get(oblasts == null ? Set.of("*") : oblasts, () -> count(oblasts));
    }

    /** Counted now, without the cache. */
    @Transactional(readOnly = true)
    public Stats count(Set<String> oblasts) {
        if (oblasts != null && oblasts.isEmpty()) {
            return new Stats(0, 0, 0, 0, 0, null, null, null, 0, Map.of(), Map.of());
        }
        var now = clock.instant();
        var near = WorkingHours.bulgarian().plus(now, Duration.ofHours(properties.nearTargetHours()));
        var codes = new HashMap<Long, String>();
        topics.findAllByOrderByPosition().forEach(t -> codes.put(t.getId(), t.getCode()));
        String scope = oblasts == null ? "" : " and r.oblastCode in :oblasts";
        var query = entityManager
                .createQuery(
                        "select r.topicId, r.oblastCode, count(r),"
                                + " sum(case when r.status <> :closed then 1 else 0 end),"
                                + " sum(case when r.status <> :closed and r.firstAnswerAt is null and r.dueAt < :now then 1 else 0 end),"
                                + " sum(case when r.status <> :closed and r.firstAnswerAt is null and r.dueAt >= :now"
                                + " and r.dueAt <= :near then 1 else 0 end),"
                                + " sum(case when r.rating is not null then r.rating else 0 end),"
                                + " sum(case when r.rating is not null then 1 else 0 end)"
                                + " from SupportRequest r where 1 = 1" + scope + " group by r.topicId, r.oblastCode",
                        Object[].class)
                .setParameter("closed", SupportStatus.CLOSED)
                .setParameter("now", now)
                .setParameter("near", near);
        if (oblasts != null) {
            query.setParameter("oblasts", oblasts);
        }
        var byTopic = new LinkedHashMap<String, long[]>();
        var byOblast = new java.util.TreeMap<String, long[]>();
        long[] all = new long[6];
        for (var row : query.getResultList()) {
            long[] v = {num(row[2]), num(row[3]), num(row[4]), num(row[5]), num(row[6]), num(row[7])};
            add(all, v);
            add(byTopic.computeIfAbsent(codes.getOrDefault((Long) row[0], "?"), k -> new long[6]), v);
            add(byOblast.computeIfAbsent(row[1] == null ? "-" : (String) row[1], k -> new long[6]), v);
        }
        var topicMedians = medians("topic_id", oblasts);
        var oblastMedians = medians("oblast_code", oblasts);
        var topicBuckets = new LinkedHashMap<String, Bucket>();
        topics.findAllByOrderByPosition().forEach(t -> {
            var v = byTopic.getOrDefault(t.getCode(), new long[6]);
            topicBuckets.put(t.getCode(), bucket(v, topicMedians.get(String.valueOf(t.getId()))));
        });
        var oblastBuckets = new LinkedHashMap<String, Bucket>();
        byOblast.forEach((code, v) -> oblastBuckets.put(code, bucket(v, oblastMedians.get(code))));
        var overall = overallMedians(oblasts);
        return new Stats(
                all[0],
                all[1],
                all[2],
                all[3],
                all[0] - all[1],
                overall[0],
                overall[1],
                all[5] == 0 ? null : round1((double) all[4] / all[5]),
                all[5],
                topicBuckets,
                oblastBuckets);
    }

    private Map<String, Double> medians(String column, Set<String> oblasts) {
        var sql = "select " + column + ", percentile_cont(0.5) within group (order by first_response_minutes)"
                + " from support_request where first_response_minutes is not null" + scopeSql(oblasts)
                + " group by " + column;
        var query = entityManager.createNativeQuery(sql);
        bind(query, oblasts);
        var result = new HashMap<String, Double>();
        for (Object row : query.getResultList()) {
            var cells = (Object[]) row;
            if (cells[1] != null) {
                result.put(String.valueOf(cells[0]), WorkingHours.hours(Math.round(((Number) cells[1]).doubleValue())));
            }
        }
        return result;
    }

    private Double[] overallMedians(Set<String> oblasts) {
        var query = entityManager.createNativeQuery("select percentile_cont(0.5) within group"
                + " (order by first_response_minutes), percentile_cont(0.5) within group (order by resolution_minutes)"
                + " from support_request where 1 = 1" + scopeSql(oblasts));
        bind(query, oblasts);
        var cells = (Object[]) query.getSingleResult();
        return new Double[] {
            cells[0] == null ? null : WorkingHours.hours(Math.round(((Number) cells[0]).doubleValue())),
            cells[1] == null ? null : WorkingHours.hours(Math.round(((Number) cells[1]).doubleValue()))
        };
    }

    private static String scopeSql(Set<String> oblasts) {
        return oblasts == null ? "" : " and oblast_code in (:oblasts)";
    }

    private static void bind(jakarta.persistence.Query query, Set<String> oblasts) {
        if (oblasts != null) {
            query.setParameter("oblasts", new ArrayList<>(oblasts));
        }
    }

    private static Bucket bucket(long[] v, Double median) {
        return new Bucket(v[0], v[1], v[2], median, v[5] == 0 ? null : round1((double) v[4] / v[5]));
    }

    private static void add(long[] into, long[] v) {
        for (int i = 0; i < v.length; i++) {
            into[i] += v[i];
        }
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
