package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.survey.InvalidAnswerException.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questionnaires: the builder's reads and writes. An edit of a version nobody has answered changes it in place; once
 * answers exist it makes the next version, moves the campaigns that are not closed and their drafts to it, and leaves
 * submitted answers with the version they answered. An edit that would drop or retype a question a draft has
 * answered is refused, naming the question.
 */
@Service
public class QuestionnaireService {

    private final Questionnaires questionnaires;
    private final Responses responses;
    private final Campaigns campaigns;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** The last parsed definition of each questionnaire, kept while its stored text is the same. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Parsed> parsed =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record Parsed(String text, Definition definition) {}

    /** The view of each questionnaire as last read for answering, with the row version it was read at. */
    private final java.util.concurrent.ConcurrentHashMap<Long, QuestionnaireView> views =
            new java.util.concurrent.ConcurrentHashMap<>();

    QuestionnaireService(
            Questionnaires questionnaires,
            Responses responses,
            Campaigns campaigns,
            JsonMapper json,
            JdbcTemplate jdbc,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.campaigns = campaigns;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static void checkBuilder(CurrentUser me) {
        if (me == null || !(me.isAdmin() || me.role() == Role.COORDINATOR)) {
            throw new AccessDeniedException("questionnaires");
        }
    }

    @Transactional(readOnly = true)
    public List<QuestionnaireView> latest(CurrentUser me) {
        checkBuilder(me);
        return questionnaires.latest().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public QuestionnaireView get(CurrentUser me, long id) {
        checkBuilder(me);
        return view(load(id));
    }

    /**
     * For answering: any version, read without a user check (the caller holds a link or an invitation). Every save
     * of an answer reads its questionnaire: the view is kept while the row's version stays the same, so a save reads
     * one number instead of the whole definition's text.
     */
    @Transactional(readOnly = true)
    QuestionnaireView read(long id) {
        Long version = jdbc.query(
                "select version from survey_questionnaire where id = ?", rs -> rs.next() ? rs.getLong(1) : null, id);
        if (version == null) {
            throw new NotFoundException("survey.error.questionnaireNotFound", id);
        }
        var known = views.get(id);
        if (known != null && known.version() == version) {
            return known;
        }
        var view = view(load(id));
        views.put(id, view);
        return view;
    }

    Definition definition(long id) {
        return read(id).definition();
    }

    /**
     * The questionnaire's definition, parsed once while its stored text stays the same (every save of an answer
     * validates against it; definitions are values, never changed in place).
     */
    Definition definition(Questionnaire q) {
        String text = q.getDefinition();
        var known = q.getId() == null ? null : parsed.get(q.getId());
        if (known != null && known.text().equals(text)) {
            return known.definition();
        }
        var d = read(text);
        if (q.getId() != null) {
            parsed.put(q.getId(), new Parsed(text, d));
        }
        return d;
    }

    @Transactional
    public long create(CurrentUser me, QuestionnaireInput in) {
        checkBuilder(me);
        check(in);
        String code = "q" + Long.toString(clock.millis(), 36);
        var q = new Questionnaire(
                code,
                1,
                in.titleBg().trim(),
                blank(in.titleEn()) ? in.titleBg().trim() : in.titleEn().trim(),
                write(in.definition()),
                false,
                me.id(),
                clock.instant());
        return questionnaires.save(q).getId();
    }

    /** @return the version now in use: the same id when changed in place, the next version's otherwise */
    @Transactional
    public QuestionnaireView update(CurrentUser me, long id, QuestionnaireInput in) {
        checkBuilder(me);
        var q = load(id);
        if (q.isShipped() && !me.isAdmin()) {
            throw new AccessDeniedException("shipped questionnaire");
        }
        if (ExpectedVersion.required(in.version(), "version") != q.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Questionnaire.class, id);
        }
        check(in);
        var latest =
                questionnaires.findFirstByCodeOrderByVersionNoDesc(q.getCode()).orElseThrow();
        if (!latest.getId().equals(q.getId())) {
            throw new bg.libpartners.platform.ConflictException("survey.error.notLatest", latest.getVersionNo());
        }
        String titleEn =
                blank(in.titleEn()) ? in.titleBg().trim() : in.titleEn().trim();
        if (!inUse(id)) {
            q.rewrite(in.titleBg().trim(), titleEn, write(in.definition()));
            questionnaires.saveAndFlush(q);
            return view(q);
        }
        checkOrphans(id, read(q.getDefinition()), in.definition());
        var next = questionnaires.save(new Questionnaire(
                q.getCode(),
                q.getVersionNo() + 1,
                in.titleBg().trim(),
                titleEn,
                write(in.definition()),
                q.isShipped(),
                me.id(),
                clock.instant()));
        questionnaires.flush();
        jdbc.update(
                "update survey_campaign set questionnaire_id = ? where questionnaire_id = ? and status <> 'CLOSED'",
                next.getId(),
                id);
        jdbc.update(
                "update survey_response set questionnaire_id = ?, version = version + 1 where questionnaire_id = ?"
                        + " and status = 'DRAFT'",
                next.getId(),
                id);
        return view(next);
    }

    /**
     * Whether a change to this version makes the next one: a launched campaign uses it, or somebody answered it (the
     * answers keep the questions they were given).
     */
    @Transactional(readOnly = true)
    public boolean inUse(long id) {
        return responses.existsByQuestionnaireId(id)
                || campaigns.existsByQuestionnaireIdAndStatusNot(id, CampaignStatus.DRAFT);
    }

    /** A question that a draft answered must stay, with the same kind. */
    private void checkOrphans(long id, Definition old, Definition next) {
        Locale locale = LocaleContextHolder.getLocale();
        var problems = new ArrayList<Problem>();
        var answered = jdbc.queryForList(
                "select distinct a.question_key from survey_answer a join survey_response r"
                        + " on r.id = a.response_id where r.questionnaire_id = ? and r.status = 'DRAFT'",
                String.class,
                id);
        for (var key : answered) {
            var before = old.question(key);
            var after = next.question(key);
            if (before.isPresent()
                    && (after.isEmpty()
                            || after.get().question().kind()
                                    != before.get().question().kind())) {
                int count = jdbc.queryForObject(
                        "select count(distinct a.response_id) from survey_answer a"
                                + " join survey_response r on r.id = a.response_id where r.questionnaire_id = ?"
                                + " and r.status = 'DRAFT' and a.question_key = ?",
                        Integer.class,
                        id,
                        key);
                problems.add(new Problem(key, "survey.error.orphans", new Object[] {
                    before.get().question().label().in(locale), count
                }));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
    }

    private void check(QuestionnaireInput in) {
        if (in == null || blank(in.titleBg())) {
            throw new InvalidAnswerException("titleBg", "survey.error.titleRequired");
        }
        if (in.definition() == null) {
            throw new InvalidAnswerException("definition", "survey.error.definition.empty");
        }
        var problems = in.definition().problems();
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems.stream()
                    .map(p -> new Problem(
                            "definition", p[0], java.util.Arrays.copyOfRange(p, 1, p.length, Object[].class)))
                    .toList());
        }
    }

    Questionnaire load(long id) {
        return questionnaires
                .findById(id)
                .orElseThrow(() -> new NotFoundException("survey.error.questionnaireNotFound", id));
    }

    QuestionnaireView view(Questionnaire q) {
        return new QuestionnaireView(
                q.getId(),
                q.getCode(),
                q.getVersionNo(),
                q.getTitleBg(),
                q.getTitleEn(),
                definition(q),
                q.isShipped(),
                q.getCreatedAt(),
                q.getVersion());
    }

    String write(Definition d) {
        return json.writeValueAsString(d);
    }

    Definition read(String s) {
        return json.readValue(s, Definition.class);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
