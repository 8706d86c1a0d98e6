package bg.libpartners.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResets extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);
}
