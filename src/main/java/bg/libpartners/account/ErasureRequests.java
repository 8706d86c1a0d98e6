package bg.libpartners.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRequests extends JpaRepository<ErasureRequest, Long> {

    List<ErasureRequest> findByOutcomeIsNullOrderByRequestedAt();

    List<ErasureRequest> findByUserIdOrderByRequestedAtDesc(Long userId);
}
