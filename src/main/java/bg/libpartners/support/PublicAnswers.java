package bg.libpartners.support;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicAnswers extends JpaRepository<PublicAnswer, Long> {

    Optional<PublicAnswer> findByRequestId(Long requestId);
}
