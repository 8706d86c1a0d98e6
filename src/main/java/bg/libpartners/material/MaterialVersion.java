package bg.libpartners.material;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One uploaded file of a material; the bytes live in the file store under its checksum. */
@Entity
@Table(name = "material_version")
class MaterialVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", nullable = false)
    private FileKind fileKind;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_by_name")
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false)
    private long downloads;

    @Column(name = "active_content", nullable = false)
    private boolean activeContent;

    protected MaterialVersion() {}

    MaterialVersion(
            Material material,
            int number,
            String filename,
            UploadService.Accepted file,
            Long by,
            String byName,
            Instant now) {
        this.material = material;
        this.number = number;
        this.filename = filename;
        this.mediaType = file.mediaType();
        this.fileKind = file.kind();
        this.sha256 = file.sha256();
        this.size = file.size();
        this.uploadedBy = by;
        this.uploadedByName = byName;
        this.uploadedAt = now;
        this.activeContent = file.activeContent();
    }

    Long getId() {
        return id;
    }

    Material getMaterial() {
        return material;
    }

    int getNumber() {
        return number;
    }

    String getFilename() {
        return filename;
    }

    String getMediaType() {
        return mediaType;
    }

    FileKind getFileKind() {
        return fileKind;
    }

    String getSha256() {
        return sha256;
    }

    long getSize() {
        return size;
    }

    String getUploadedByName() {
        return uploadedByName;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    long getDownloads() {
        return downloads;
    }

    boolean isActiveContent() {
        return activeContent;
    }
}
