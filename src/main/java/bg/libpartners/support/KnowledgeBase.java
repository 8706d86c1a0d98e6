package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.support.SupportViews.AnswerView;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public questions and answers: a closed request turned by its expert (or a coordinator) into an anonymised text,
 * when the asker agreed; searchable in Bulgarian (plurals and word forms folded, Latin spelling understood).
 */
@Service
public class KnowledgeBase {

    private final SupportService service;
    private final PublicAnswers answers;
    private final SupportTopics topics;
    private final EntityManager entityManager;
    private final Clock clock;

    KnowledgeBase(
            SupportService service,
            PublicAnswers answers,
            SupportTopics topics,
            EntityManager entityManager,
            Clock clock) {
        this.service = service;
        this.answers = answers;
        this.topics = topics;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Publishes the anonymised question and answer the expert wrote; the request must be closed and the asker must
     * have agreed.
     */
    @Transactional
    public long publish(CurrentUser me, long requestId, String question, String answer) {
        var request = service.visible(me, requestId);
        if (!SupportAccess.mayAnswer(me, request)) {
            throw new AccessDeniedException("only the expert or a coordinator publishes");
        }
        if (request.getStatus() != SupportStatus.CLOSED) {
            throw new BadRequestException("status", "support.error.publishOnlyClosed");
        }
        if (!request.isPublishConsent()) {
            throw new BadRequestException("consent", "support.error.noConsent");
        }
        if (answers.findByRequestId(requestId).isPresent()) {
            throw new ConflictException("support.error.published");
        }
        var q = text(question, "question", SupportService.MAX_QUESTION);
        var a = text(answer, "answer", SupportService.MAX_MESSAGE);
        return answers.save(new PublicAnswer(requestId, request.getTopicId(), q, a, me.id(), clock.instant()))
                .getId();
    }

    @Transactional(readOnly = true)
    public Page<AnswerView> search(String q, String topic, Pageable pageable) {
        var topicId = topic == null || topic.isBlank()
                ? null
                : topics.findByCode(topic).map(SupportTopic::getId).orElse(-1L);
        var result = Search.session(entityManager)
                .search(PublicAnswer.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (q != null && !q.isBlank()) {
                        root.add(f.simpleQueryString()
                                .fields("question", "answer")
                                .matching(q)
                                .defaultOperator(BooleanOperator.AND));
                    }
                    if (topicId != null) {
                        root.add(f.match().field("topic").matching(topicId));
                    }
                })
                .sort(f -> q == null || q.isBlank() ? f.field("publishedAt").desc() : f.score())
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        var names = names();
        List<AnswerView> views = result.hits().stream().map(a -> view(a, names)).toList();
        return new PageImpl<>(views, pageable, result.total().hitCountLowerBound());
    }

    @Transactional(readOnly = true)
    public AnswerView get(long id) {
        return answers.findById(id)
                .map(a -> view(a, names()))
                .orElseThrow(() -> new NotFoundException("support.error.answerNotFound", id));
    }

    /** Every published answer, oldest first, for the open data. */
    @Transactional(readOnly = true)
    public List<AnswerView> all() {
        var names = names();
        return answers.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .map(a -> view(a, names))
                .toList();
    }

    private java.util.Map<Long, String[]> names() {
        var locale = LocaleContextHolder.getLocale();
        var names = new java.util.HashMap<Long, String[]>();
        topics.findAll().forEach(t -> names.put(t.getId(), new String[] {t.getCode(), t.name(locale)}));
        return names;
    }

    private static AnswerView view(PublicAnswer a, java.util.Map<Long, String[]> names) {
        var topic = names.getOrDefault(a.getTopicId(), new String[] {"?", "?"});
        return new AnswerView(a.getId(), topic[0], topic[1], a.getQuestion(), a.getAnswer(), a.getPublishedAt());
    }

    private static String text(String s, String field, int max) {
        if (s == null || s.isBlank()) {
            throw new BadRequestException(field, "support.error.empty");
        }
        if (s.strip().length() > max) {
            throw new BadRequestException(field, "support.error.tooLong", max);
        }
        return s.strip();
    }
}
