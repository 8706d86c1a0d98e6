package bg.libpartners.support;

import bg.libpartners.material.StoredFileOwner;
import org.springframework.stereotype.Component;

/** Tells the file sweeper which stored files support attachments use. */
@Component
class SupportFiles implements StoredFileOwner {

    private final SupportAttachments attachments;

    SupportFiles(SupportAttachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public boolean uses(String sha256) {
        return attachments.existsBySha256(sha256);
    }
}
