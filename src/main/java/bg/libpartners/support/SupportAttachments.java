package bg.libpartners.support;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportAttachments extends JpaRepository<SupportAttachment, Long> {

    List<SupportAttachment> findByRequestIdOrderById(Long requestId);

    boolean existsBySha256(String sha256);
}
