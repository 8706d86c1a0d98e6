package bg.libpartners.support;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.support.SupportViews.Actions;
import bg.libpartners.support.SupportViews.AttachmentView;
import bg.libpartners.support.SupportViews.ExpertLoad;
import bg.libpartners.support.SupportViews.MessageView;
import bg.libpartners.support.SupportViews.RequestRow;
import bg.libpartners.support.SupportViews.RequestView;
import bg.libpartners.support.SupportViews.TopicView;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading support requests within the reader's scope: lists (a page and whether another follows, never a count over
 * the whole table), one request with its thread (internal notes and their files only for the support side), the
 * experts with their load, the topics.
 * <p>The support module's read-side repository (projections over its own tables).
 */
@Service
public class SupportQueries {

    private final EntityManager entityManager;
    private final SupportService service;
    private final SupportTopics topics;
    private final SupportMessages messages;
    private final SupportAttachments attachments;
    private final PublicAnswers answers;
    private final ExpertTopics expertTopics;
    private final AccountService accounts;
    private final Clock clock;
    private final SupportProperties properties;
    private final TopicNameCache topicNames;
    private final JdbcClient jdbc;
    private final SqlInstants instants;

    /** How many characters of the question a list row shows. */
    private static final int EXCERPT = 140;

    SupportQueries(
            EntityManager entityManager,
            SupportService service,
            SupportTopics topics,
            SupportMessages messages,
            SupportAttachments attachments,
            PublicAnswers answers,
            ExpertTopics expertTopics,
            AccountService accounts,
            Clock clock,
            SupportProperties properties,
            TopicNameCache topicNames,
            JdbcClient jdbc,
            SqlInstants instants) {
        this.entityManager = entityManager;
        this.service = service;
        this.topics = topics;
        this.messages = messages;
        this.attachments = attachments;
        this.answers = answers;
        this.expertTopics = expertTopics;
        this.accounts = accounts;
        this.clock = clock;
        this.properties = properties;
        this.topicNames = topicNames;
        this.jdbc = jdbc;
        this.instants = instants;
    }

    /**
     * What a list shows: a status, a topic code, an oblast; {@code overdue}: past the first-answer target;
     * {@code unassigned}: no expert yet; {@code mine}: assigned to me (an expert) or asked by me.
     */
    public record Filter(
            SupportStatus status, String topic, String oblast, boolean overdue, boolean unassigned, boolean mine) {

        public static Filter none() {
            return new Filter(null, null, null, false, false, false);
        }
    }

    public record Slice(List<RequestRow> rows, int page, int size, boolean hasNext) {}

    @Transactional(readOnly = true)
    public List<TopicView> topics(boolean activeOnly) {
        var locale = LocaleContextHolder.getLocale();
        return topics.findAllByOrderByPosition().stream()
                .filter(t -> !activeOnly || t.isActive())
                .map(t -> topic(t, locale))
                .toList();
    }

    /**
     * A page of requests in {@code me}'s scope, newest first. Plain SQL outside any transaction: one statement that
     * reads only the columns of a row (the question cut to its excerpt), with the scope's lists expanded in place.
     */
    public Slice list(CurrentUser me, Filter filter, int page, int size) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        scope(me, where, params);
        var now = clock.instant();
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        } else if (filter.overdue()) {
            where.append(" and status <> 'CLOSED'");
        }
        if (filter.topic() != null && !filter.topic().isBlank()) {
            where.append(" and topic_id = :topic");
            params.put("topic", topicNames.idOf(filter.topic()).orElse(-1L));
        }
        if (filter.oblast() != null && !filter.oblast().isBlank()) {
            where.append(" and oblast_code = :oblast");
            params.put("oblast", filter.oblast());
        }
        if (filter.overdue()) {
            where.append(" and first_answer_at is null and due_at < :now");
            params.put("now", instants.bind(now));
        }
        if (filter.unassigned()) {
            where.append(" and expert_id is null");
        }
        if (filter.mine()) {
            where.append(me.role() == Role.EXPERT ? " and expert_id = :me" : " and asker_id = :me");
            params.put("me", me.id());
        }
        params.put("offset", (long) page * size);
        params.put("limit", size + 1);
        var names = topicNames();
        var found = jdbc.sql("select id, topic_id, library_name, oblast_code, asker_name, expert_id, expert_name,"
                        + " status, created_at, due_at, first_answer_at, last_activity_at,"
                        + " substring(question from 1 for " + (EXCERPT + 1) + ") as excerpt from support_request"
                        + where
                        + " order by id desc offset :offset rows fetch next :limit rows only")
                .params(params)
                .query((rs, n) -> row(rs, names, now))
                .list();
        boolean hasNext = found.size() > size;
        return new Slice(hasNext ? found.subList(0, size) : found, page, size, hasNext);
    }

    /** The request as {@code me} may see it: internal notes and internal files only for the support side. */
    @Transactional(readOnly = true)
    public RequestView view(CurrentUser me, long id) {
        var r = service.visible(me, id);
        var myTopics = service.myTopics(me);
        boolean support = SupportAccess.supportSide(me, r, myTopics);
        var files = attachments.findByRequestIdOrderById(id).stream()
                .filter(a -> support || !a.isInternal())
                .map(a -> new AttachmentView(
                        a.getId(), a.getMessageId(), a.getFilename(), a.getMediaType(), a.getSize(), a.isInternal()))
                .toList();
        var thread = (support
                        ? messages.findByRequestIdOrderById(id)
                        : messages.findByRequestIdAndInternalFalseOrderById(id))
                .stream()
                        .map(m -> new MessageView(
                                m.getId(),
                                m.getAuthorName(),
                                m.getSide(),
                                m.getBody(),
                                m.isInternal(),
                                m.getCreatedAt(),
                                files.stream()
                                        .filter(f -> m.getId().equals(f.messageId()))
                                        .toList()))
                        .toList();
        var topic = topic(topics.findById(r.getTopicId()).orElseThrow(), LocaleContextHolder.getLocale());
        var now = clock.instant();
        boolean asker = SupportAccess.askerSide(me, r);
        boolean coordinates = SupportAccess.coordinates(me, r);
        boolean answers = SupportAccess.mayAnswer(me, r);
        var status = r.getStatus();
        boolean closedRecently = status == SupportStatus.CLOSED
                && r.getClosedAt() != null
                && !r.getClosedAt().plus(SupportRequest.REOPEN_WITHIN).isBefore(now);
        var published =
                this.answers.findByRequestId(id).map(PublicAnswer::getId).orElse(null);
        var may = new Actions(
                answers && status != SupportStatus.CLOSED,
                answers && status != SupportStatus.CLOSED,
                coordinates && status != SupportStatus.CLOSED,
                SupportAccess.mayTake(me, r, myTopics),
                answers && status.mayMoveTo(SupportStatus.WAITING_FOR_ASKER),
                (asker || coordinates) && status.mayMoveTo(SupportStatus.CLOSED),
                (asker || coordinates) && closedRecently,
                asker && status == SupportStatus.CLOSED,
                asker,
                answers && status == SupportStatus.CLOSED && r.isPublishConsent() && published == null);
        return new RequestView(
                r.getId(),
                topic,
                r.getQuestion(),
                r.getLibraryId(),
                r.getLibraryName(),
                r.getOblastCode(),
                r.getAskerName(),
                r.getExpertId(),
                r.getExpertName(),
                status,
                r.getLinkKind(),
                r.getLinkId(),
                r.getLinkLabel(),
                r.getCreatedAt(),
                r.getDueAt(),
                r.getFirstAnswerAt(),
                r.getLastAnswerAt(),
                r.getClosedAt(),
                r.isAutoClosed(),
                hours(r.getFirstResponseMinutes()),
                hours(r.getResolutionMinutes()),
                r.getRating(),
                r.getRatingComment(),
                r.isPublishConsent(),
                r.getVersion(),
                r.overdue(now),
                near(r, now),
                support,
                thread,
                files.stream().filter(f -> f.messageId() == null).toList(),
                may,
                published);
    }

    /** A file of a request, for those who may see it (an internal one only for the support side). */
    @Transactional(readOnly = true)
    public AttachmentView attachment(CurrentUser me, long requestId, long attachmentId, String[] sha256) {
        var r = service.visible(me, requestId);
        boolean support = SupportAccess.supportSide(me, r, service.myTopics(me));
        var a = attachments
                .findById(attachmentId)
                .filter(x -> x.getRequestId().equals(requestId))
                .filter(x -> support || !x.isInternal())
                .orElseThrow(() ->
                        new bg.libpartners.platform.NotFoundException("support.error.fileNotFound", attachmentId));
        sha256[0] = a.getSha256();
        return new AttachmentView(
                a.getId(), a.getMessageId(), a.getFilename(), a.getMediaType(), a.getSize(), a.isInternal());
    }

    /**
     * The experts a coordinator may assign to, each with their topics, open requests and median first response in
     * working hours; those of {@code topic} first when one is given.
     */
    @Transactional(readOnly = true)
    public List<ExpertLoad> experts(String topic) {
        var names = topicNames();
        var byExpert = expertTopics.all();
        var open = new HashMap<Long, Long>();
        for (Object[] row : entityManager
                .createQuery(
                        "select r.expertId, count(r) from SupportRequest r"
                                + " where r.expertId is not null and r.status <> :closed group by r.expertId",
                        Object[].class)
                .setParameter("closed", SupportStatus.CLOSED)
                .getResultList()) {
            open.put((Long) row[0], (Long) row[1]);
        }
        var medians = new HashMap<Long, Double>();
        for (Object row : entityManager
                .createNativeQuery("select expert_id, percentile_cont(0.5) within group"
                        + " (order by first_response_minutes) from support_request where expert_id is not null"
                        + " and first_response_minutes is not null group by expert_id")
                .getResultList()) {
            var cells = (Object[]) row;
            medians.put(((Number) cells[0]).longValue(), ((Number) cells[1]).doubleValue());
        }
        var topicId = topic == null
                ? null
                : topics.findByCode(topic).map(SupportTopic::getId).orElse(null);
        var result = new ArrayList<ExpertLoad>();
        for (var user : accounts.withRole(Role.EXPERT)) {
            var theirs = byExpert.getOrDefault(user.id(), Set.of());
            var codes = theirs.stream()
                    .map(t -> names.getOrDefault(t, new String[] {"?", "?"})[0])
                    .sorted()
                    .toList();
            var median = medians.get(user.id());
            result.add(new ExpertLoad(
                    user.id(),
                    user.displayName(),
                    codes,
                    open.getOrDefault(user.id(), 0L),
                    median == null ? null : WorkingHours.hours(Math.round(median))));
        }
        if (topicId != null) {
            var first = result.stream()
                    .filter(e -> byExpert.getOrDefault(e.id(), Set.of()).contains(topicId));
            var rest = result.stream()
                    .filter(e -> !byExpert.getOrDefault(e.id(), Set.of()).contains(topicId));
            return java.util.stream.Stream.concat(
                            first.sorted(java.util.Comparator.comparingLong(ExpertLoad::open)), rest)
                    .toList();
        }
        return result;
    }

    @Transactional(readOnly = true)
    public ExpertLoad expert(long expertId) {
        return experts(null).stream()
                .filter(e -> e.id() == expertId)
                .findFirst()
                .orElseThrow(
                        () -> new bg.libpartners.platform.NotFoundException("support.error.expertNotFound", expertId));
    }

    /** The codes of the topics an expert answers. */
    @Transactional(readOnly = true)
    public Set<String> topicsOf(long expertId) {
        var names = topicNames();
        return expertTopics.of(expertId).stream()
                .map(names::get)
                .filter(java.util.Objects::nonNull)
                .map(n -> n[0])
                .collect(Collectors.toSet());
    }

    private void scope(CurrentUser me, StringBuilder where, Map<String, Object> params) {
        switch (me.role()) {
            case ADMIN -> {}
            case COORDINATOR -> {
                where.append(" and oblast_code in (:oblasts)");
                params.put("oblasts", nonEmpty(me.refs(ScopeKind.OBLAST)));
            }
            case LIBRARIAN -> {
                where.append(" and (library_id in (:libraries) or asker_id = :asker)");
                params.put("libraries", ids(me.refs(ScopeKind.LIBRARY)));
                params.put("asker", me.id() == null ? -1L : me.id());
            }
            case BOARD_MEMBER -> {
                where.append(" and (chitalishte_id in (:chitalishta) or asker_id = :asker)");
                params.put("chitalishta", ids(me.refs(ScopeKind.CHITALISHTE)));
                params.put("asker", me.id() == null ? -1L : me.id());
            }
            case PARTNER -> {
                where.append(" and asker_id = :asker");
                params.put("asker", me.id() == null ? -1L : me.id());
            }
            case EXPERT -> {
                where.append(" and (expert_id = :expert or (expert_id is null and status = 'NEW'"
                        + " and topic_id in (:myTopics)))");
                params.put("expert", me.id() == null ? -1L : me.id());
                var mine = expertTopics.of(me.id());
                params.put("myTopics", mine.isEmpty() ? List.of(-1L) : mine);
            }
        }
    }

    private RequestRow row(ResultSet rs, Map<Long, String[]> names, Instant now) throws SQLException {
        var topic = names.getOrDefault(rs.getLong("topic_id"), new String[] {"?", "?"});
        var status = SupportStatus.valueOf(rs.getString("status"));
        var dueAt = instants.read(rs, "due_at");
        var firstAnswerAt = instants.read(rs, "first_answer_at");
        long expert = rs.getLong("expert_id");
        Long expertId = rs.wasNull() ? null : expert;
        var q = rs.getString("excerpt");
        return new RequestRow(
                rs.getLong("id"),
                topic[0],
                topic[1],
                rs.getString("library_name"),
                rs.getString("oblast_code"),
                rs.getString("asker_name"),
                expertId,
                rs.getString("expert_name"),
                status,
                instants.read(rs, "created_at"),
                dueAt,
                firstAnswerAt,
                instants.read(rs, "last_activity_at"),
                firstAnswerAt == null && status != SupportStatus.CLOSED && dueAt.isBefore(now),
                near(firstAnswerAt, status, dueAt, now),
                q.length() > EXCERPT ? q.substring(0, EXCERPT - 1) + "…" : q);
    }

    /** Not answered yet and the target comes within {@code nearTargetHours} working hours. */
    boolean near(SupportRequest r, Instant now) {
        return near(r.getFirstAnswerAt(), r.getStatus(), r.getDueAt(), now);
    }

    private boolean near(Instant firstAnswerAt, SupportStatus status, Instant dueAt, Instant now) {
        return firstAnswerAt == null
                && status != SupportStatus.CLOSED
                && !dueAt.isBefore(now)
                && service.hours().between(now, dueAt).compareTo(Duration.ofHours(properties.nearTargetHours())) <= 0;
    }

    /** Topic id → {code, name in the current language}. */
    Map<Long, String[]> topicNames() {
        return topicNames.names(LocaleContextHolder.getLocale());
    }

    static TopicView topic(SupportTopic t, Locale locale) {
        return new TopicView(
                t.getId(),
                t.getCode(),
                t.name(locale),
                t.getNameBg(),
                t.getNameEn(),
                t.getTargetHours(),
                t.isActive(),
                t.getVersion());
    }

    private static Double hours(Long minutes) {
        return minutes == null ? null : WorkingHours.hours(minutes);
    }

    private static Set<String> nonEmpty(Set<String> refs) {
        return refs.isEmpty() ? Set.of("-") : refs;
    }

    private static List<Long> ids(Set<String> refs) {
        var ids = refs.stream()
                .map(s -> {
                    try {
                        return Long.valueOf(s);
                    } catch (NumberFormatException e) {
                        return -1L;
                    }
                })
                .toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
