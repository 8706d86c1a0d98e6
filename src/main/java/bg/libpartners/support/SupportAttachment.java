package bg.libpartners.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of a request (or of one of its messages), kept by the material module's store under its checksum. */
@Entity
@Table(name = "support_attachment")
class SupportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "message_id")
    private Long messageId;

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SupportAttachment() {}

    SupportAttachment(
            Long requestId,
            Long messageId,
            String filename,
            String mediaType,
            String sha256,
            long size,
            boolean internal,
            Long uploadedBy,
            Instant uploadedAt) {
        this.requestId = requestId;
        this.messageId = messageId;
        this.filename = filename;
        this.mediaType = mediaType;
        this.sha256 = sha256;
        this.size = size;
        this.internal = internal;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    Long getMessageId() {
        return messageId;
    }

    String getFilename() {
        return filename;
    }

    String getMediaType() {
        return mediaType;
    }

    String getSha256() {
        return sha256;
    }

    long getSize() {
        return size;
    }

    boolean isInternal() {
        return internal;
    }

    Long getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
