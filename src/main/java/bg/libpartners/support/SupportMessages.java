package bg.libpartners.support;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportMessages extends JpaRepository<SupportMessage, Long> {

    List<SupportMessage> findByRequestIdOrderById(Long requestId);

    List<SupportMessage> findByRequestIdAndInternalFalseOrderById(Long requestId);
}
