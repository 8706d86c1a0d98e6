package bg.libpartners.funding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Grants extends JpaRepository<Grant, Long> {

    Optional<Grant> findByApplicationId(long applicationId);

    java.util.List<Grant> findByLibraryId(long libraryId);
}
