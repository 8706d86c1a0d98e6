package bg.libpartners.support;

import bg.libpartners.platform.search.BulgarianAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A public question and answer made by an expert from a closed request, with the asker's consent. It holds only the
 * anonymised texts the expert wrote for the public, never the asker, the library or the thread; searched in Bulgarian
 * with the platform's analysis, like good practices.
 */
@Entity
@Table(name = "support_answer")
@Indexed(index = "support-answer-v1")
class PublicAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, unique = true)
    private Long requestId;

    @GenericField(name = "topic")
    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @FullTextField(analyzer = BulgarianAnalysis.TRANSLITERATED, projectable = Projectable.YES)
    @Column(nullable = false)
    private String question;

    @FullTextField(analyzer = BulgarianAnalysis.BULGARIAN, projectable = Projectable.YES)
    @Column(nullable = false)
    private String answer;

    @Column(name = "published_by")
    private Long publishedBy;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Version
    private long version;

    protected PublicAnswer() {}

    PublicAnswer(Long requestId, Long topicId, String question, String answer, Long publishedBy, Instant at) {
        this.requestId = requestId;
        this.topicId = topicId;
        this.question = question;
        this.answer = answer;
        this.publishedBy = publishedBy;
        this.publishedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    Long getTopicId() {
        return topicId;
    }

    String getQuestion() {
        return question;
    }

    String getAnswer() {
        return answer;
    }

    Long getPublishedBy() {
        return publishedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }
}
