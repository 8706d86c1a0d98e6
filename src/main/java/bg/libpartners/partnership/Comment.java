package bg.libpartners.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A remark on a partnership, typically by a partner's representative about their own party. */
@Entity
@Table(name = "partnership_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    @SequenceGenerator(name = "comment_seq", sequenceName = "partnership_comment_seq", allocationSize = 50)
    private Long id;

    private long partnershipId;
    private Long partyId;
    private Long authorId;
    private String authorName;
    private String body;
    private Instant createdAt;

    protected Comment() {}

    Comment(long partnershipId, Long partyId, Long authorId, String authorName, String body, Instant at) {
        this.partnershipId = partnershipId;
        this.partyId = partyId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = at;
    }

    /** A comment as {@link PartnershipReads} reads it, for showing; never persisted from here. */
    static Comment read(
            long id, long partnershipId, Long partyId, Long authorId, String authorName, String body, Instant at) {
        var c = new Comment(partnershipId, partyId, authorId, authorName, body, at);
        c.id = id;
        return c;
    }

    public Long getId() {
        return id;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public Long getPartyId() {
        return partyId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
