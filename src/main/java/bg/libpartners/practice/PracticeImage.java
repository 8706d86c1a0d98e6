package bg.libpartners.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A picture of a practice, kept in the file store under its checksum. */
@Embeddable
public class PracticeImage {

    @Column(nullable = false)
    private String sha256;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    private String caption;

    protected PracticeImage() {}

    PracticeImage(String sha256, String mediaType, String caption) {
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.caption = caption;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getCaption() {
        return caption;
    }
}
