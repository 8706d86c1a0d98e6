package bg.libpartners.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRequests extends JpaRepository<ErasureRequest, Long> {

    List<ErasureRequest> findByOutcomeIsNullOrderByRequestedAt();

    List<ErasureRequest> findByUserIdOrderByRequestedAtDesc(Long userId);

    /** The request under a row lock, so that two admins deciding at once decide it once. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select r from ErasureRequest r where r.id = :id")
    java.util.Optional<ErasureRequest> findLockedById(Long id);
}
