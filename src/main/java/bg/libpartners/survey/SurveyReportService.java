package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.nodes.NodeSignals;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress and results of a campaign for those who manage it. Progress is one grouped statement over the
 * invitations, kept for {@code progress-fresh} (2 s by default) and forgotten as soon as an answer, a launch or a
 * reopening commits, so it stays live while twenty coordinators watch a national campaign. Those changes are written
 * with plain SQL over the invitations, which no entity listener sees, so on several nodes the others are told through
 * the platform's {@link NodeSignals} ({@value #PROGRESS_TOPIC}, the campaign's id) and forget it too. Results group the
 * submitted answers in the database in one statement and are kept for {@code results-fresh} (30 s by default), so a
 * results page under load does not regroup every answer each time.
 */
@Service
public class SurveyReportService {

    private final Campaigns campaigns;
    private final SurveyAccess access;
    private final JdbcTemplate jdbc;
    private final QuestionnaireService questionnaires;
    private final Cache<String, List<QuestionResult>> results;
    private final Cache<Long, Progress> progress;

    /** What the other nodes are told when a campaign's progress changed here. */
    static final String PROGRESS_TOPIC = "survey.progress";

    private final NodeSignals signals;

    SurveyReportService(
            Campaigns campaigns,
            SurveyAccess access,
            JdbcTemplate jdbc,
            QuestionnaireService questionnaires,
            SurveyProperties properties,
            NodeSignals signals) {
        this.campaigns = campaigns;
        this.access = access;
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.results = Caffeine.newBuilder()
                .maximumSize(200)
                .expireAfterWrite(properties.resultsFresh())
                .build();
        this.progress = Caffeine.newBuilder()
                .maximumSize(200)
                .expireAfterWrite(properties.progressFresh())
                .build();
        this.signals = signals;
        signals.subscribe(PROGRESS_TOPIC, id -> {
            if (!id.isBlank()) {
                progress.invalidate(Long.valueOf(id));
            } else {
                progress.invalidateAll(); // a node that reconnected may have missed some
            }
        });
    }

    @Transactional(readOnly = true)
    public Progress progress(CurrentUser me, long id) {
        var c = load(id);
        access.checkManage(me, c);
        return progress(id);
    }

    Progress progress(long id) {
        return progress.get(id, this::count);
    }

    /**
     * The campaign's progress is read anew once the current transaction commits (an answer saved, a launch), here
     * and on the other nodes.
     */
    void forgetProgressAfterCommit(long id) {
        Answering.afterCommit(() -> progress.invalidate(id));
        signals.publish(PROGRESS_TOPIC, Long.toString(id));
    }

    private Progress count(long id) {
        var byOblast = new TreeMap<String, Progress.Counts>();
        var byMunicipality = new TreeMap<String, Progress.Counts>();
        long[] totals = new long[6];
        jdbc.query(
                "select oblast_code, municipality_code, status, mail_state, count(*) from survey_invitation"
                        + " where campaign_id = ? group by oblast_code, municipality_code, status, mail_state",
                rs -> {
                    String oblast = rs.getString(1) == null ? "-" : rs.getString(1);
                    String municipality = rs.getString(2) == null ? "-" : rs.getString(2);
                    String status = rs.getString(3);
                    String mail = rs.getString(4);
                    long n = rs.getLong(5);
                    var zero = new Progress.Counts(0, 0, 0);
                    byOblast.put(oblast, byOblast.getOrDefault(oblast, zero).plus(status, n));
                    byMunicipality.put(
                            municipality,
                            byMunicipality.getOrDefault(municipality, zero).plus(status, n));
                    totals[0] += n;
                    totals[1] += "STARTED".equals(status) ? n : 0;
                    totals[2] += "SUBMITTED".equals(status) ? n : 0;
                    totals[3] += "SENT".equals(mail) ? n : 0;
                    totals[4] += "PENDING".equals(mail) ? n : 0;
                    totals[5] += "NO_ADDRESS".equals(mail) ? n : 0;
                },
                id);
        var open = jdbc.queryForObject(
                        "select count(*) from survey_campaign where id = ? and status = 'OPEN'", Long.class, id)
                > 0;
        return new Progress(
                totals[0], totals[1], totals[2], totals[3], open ? totals[4] : 0, totals[5], byOblast, byMunicipality);
    }

    /** Per question, over the submitted answers, optionally of one oblast and one kind (LIBRARY, CHITALISHTE). */
    @Transactional(readOnly = true)
    public List<QuestionResult> results(CurrentUser me, long id, String oblast, String kind, Locale locale) {
        var c = load(id);
        access.checkManage(me, c);
        String key = id + "|" + c.getQuestionnaireId() + "|" + blank(oblast) + "|" + blank(kind) + "|"
                + locale.getLanguage();
        return results.get(key, k -> compute(c, blank(oblast), blank(kind), locale));
    }

    private List<QuestionResult> compute(Campaign c, String oblast, String kind, Locale locale) {
        // answers of every version the campaign's responses answered, labelled by the campaign's current version
        var definition = questionnaires.definition(c.getQuestionnaireId());
        var counted = new HashMap<String, Map<String, Long>>();
        jdbc.query(
                "select a.question_key, a.answer, count(*) from survey_answer a"
                        + " join survey_response r on r.id = a.response_id join survey_invitation i on i.id = r.invitation_id"
                        + " where r.campaign_id = ? and r.status = 'SUBMITTED'"
                        + " and (cast(? as varchar(3)) is null or i.oblast_code = ?)"
                        + " and (cast(? as varchar(16)) is null or i.kind = ?)"
                        + " and a.question_key in (" + choiceKeys(definition) + ") group by a.question_key, a.answer",
                rs -> {
                    var map = counted.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                    for (var code : AnswerStore.split(rs.getString(2))) {
                        map.merge(code, rs.getLong(3), Long::sum);
                    }
                },
                c.getId(),
                oblast,
                oblast,
                kind,
                kind);
        var list = new ArrayList<QuestionResult>();
        for (var located : definition.questions()) {
            var q = located.question();
            if (!counted(q.kind())) {
                continue;
            }
            var raw = counted.getOrDefault(q.key(), Map.of());
            var counts = new LinkedHashMap<String, Long>();
            var labels = new LinkedHashMap<String, String>();
            Double average = null;
            long answered;
            if (q.kind().hasOptions() || q.kind() == QuestionKind.YES_NO) {
                var options = q.kind() == QuestionKind.YES_NO
                        ? List.of("YES", "NO")
                        : q.options().stream().map(Definition.Option::code).toList();
                for (var code : options) {
                    counts.put(code, raw.getOrDefault(code, 0L));
                    labels.put(
                            code, q.option(code).map(o -> o.label().in(locale)).orElse(code));
                }
                answered = q.kind() == QuestionKind.MULTIPLE
                        ? -1
                        : counts.values().stream().mapToLong(x -> x).sum();
            } else {
                var sorted = new TreeMap<Long, Long>();
                raw.forEach((v, n) -> {
                    try {
                        sorted.merge(Long.parseLong(v), n, Long::sum);
                    } catch (NumberFormatException e) {
                        // not a number in an older version: left out
                    }
                });
                if (q.kind() == QuestionKind.SCALE) {
                    for (long v = q.lowest(); v <= q.highest(); v++) {
                        sorted.putIfAbsent(v, 0L);
                    }
                }
                sorted.forEach((v, n) -> {
                    counts.put(String.valueOf(v), n);
                    labels.put(String.valueOf(v), String.valueOf(v));
                });
                answered = sorted.values().stream().mapToLong(x -> x).sum();
                long sum = 0;
                for (var e : sorted.entrySet()) {
                    sum += e.getKey() * e.getValue();
                }
                average = answered == 0 ? null : Math.round(sum * 10.0 / answered) / 10.0;
            }
            list.add(new QuestionResult(
                    q.key(),
                    located.section().key(),
                    q.label().in(locale),
                    q.kind(),
                    counts,
                    labels,
                    answered,
                    average));
        }
        return list;
    }

    static boolean counted(QuestionKind kind) {
        return kind != QuestionKind.TEXT && kind != QuestionKind.DATE && kind != QuestionKind.ORGANISATION;
    }

    private static String choiceKeys(Definition d) {
        var keys = d.questions().stream()
                .filter(l -> counted(l.question().kind()))
                .map(l -> "'" + l.question().key().replace("'", "") + "'")
                .toList();
        return keys.isEmpty() ? "''" : String.join(",", keys);
    }

    Campaign load(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("survey.error.campaignNotFound", id));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
