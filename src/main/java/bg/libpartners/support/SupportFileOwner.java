package bg.libpartners.support;

import bg.libpartners.material.StoredFileOwner;
import org.springframework.stereotype.Component;

/** Tells the file sweeper which stored files support attachments use. */
@Component
class SupportFileOwner implements StoredFileOwner {

    private final SupportAttachments attachments;

    SupportFileOwner(SupportAttachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public boolean uses(String sha256) {
        return attachments.existsBySha256(sha256);
    }
}
