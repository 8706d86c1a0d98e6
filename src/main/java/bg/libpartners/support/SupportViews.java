package bg.libpartners.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What pages and the API read of support: copies, safe outside a transaction. */
public final class SupportViews {

    private SupportViews() {}

    public record TopicView(
            Long id,
            String code,
            String name,
            String nameBg,
            String nameEn,
            int targetHours,
            boolean active,
            long version) {}

    /** One line of a list; {@code overdue}: past its first-answer target, {@code near}: within reach of it. */
    public record RequestRow(
            Long id,
            String topic,
            String topicName,
            String libraryName,
            String oblastCode,
            String askerName,
            Long expertId,
            String expertName,
            SupportStatus status,
            Instant createdAt,
            Instant dueAt,
            Instant firstAnswerAt,
            Instant lastActivityAt,
            boolean overdue,
            boolean near,
            String excerpt) {}

    public record AttachmentView(
            Long id, Long messageId, String filename, String mediaType, long size, boolean internal) {}

    public record MessageView(
            Long id,
            String authorName,
            Side side,
            String body,
            boolean internal,
            Instant createdAt,
            List<AttachmentView> attachments) {}

    /** What the person looking may do with the request now. */
    public record Actions(
            boolean answer,
            boolean note,
            boolean assign,
            boolean take,
            boolean waitForAsker,
            boolean close,
            boolean reopen,
            boolean rate,
            boolean consent,
            boolean publish) {}

    public record RequestView(
            Long id,
            TopicView topic,
            String question,
            Long libraryId,
            String libraryName,
            String oblastCode,
            String askerName,
            Long expertId,
            String expertName,
            SupportStatus status,
            LinkKind linkKind,
            Long linkId,
            String linkLabel,
            Instant createdAt,
            Instant dueAt,
            Instant firstAnswerAt,
            Instant lastAnswerAt,
            Instant closedAt,
            boolean autoClosed,
            Double firstResponseHours,
            Double resolutionHours,
            Integer rating,
            String ratingComment,
            boolean publishConsent,
            long version,
            boolean overdue,
            boolean near,
            boolean supportSide,
            List<MessageView> messages,
            List<AttachmentView> attachments,
            Actions may,
            Long publicAnswerId) {}

    /** An expert with their topics, open requests and median first response, for assignment and their page. */
    public record ExpertLoad(Long id, String name, List<String> topics, long open, Double medianFirstResponseHours) {}

    /** Counts of one group (a topic, an oblast). */
    public record Bucket(long total, long open, long overdue, Double medianFirstResponseHours, Double averageRating) {}

    public record Stats(
            long total,
            long open,
            long overdue,
            long near,
            long closed,
            Double medianFirstResponseHours,
            Double medianResolutionHours,
            Double averageRating,
            long ratings,
            Map<String, Bucket> byTopic,
            Map<String, Bucket> byOblast) {}

    public record AnswerView(
            Long id, String topic, String topicName, String question, String answer, Instant publishedAt) {}
}
