package bg.libpartners.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailChanges extends JpaRepository<EmailChange, Long> {

    Optional<EmailChange> findByTokenHash(String tokenHash);

    List<EmailChange> findByUserIdOrderByCreatedAtDesc(Long userId);
}
