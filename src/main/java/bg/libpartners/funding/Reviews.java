package bg.libpartners.funding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Reviews extends JpaRepository<Review, Long> {

    List<Review> findByApplicationIdOrderById(long applicationId);

    Optional<Review> findByApplicationIdAndReviewerId(long applicationId, long reviewerId);
}
