package bg.libpartners.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RepresentationRequests extends JpaRepository<RepresentationRequest, Long> {

    Optional<RepresentationRequest> findFirstByUserIdAndOrganisationIdAndStatus(
            long userId, long organisationId, RepresentationRequest.Status status);

    List<RepresentationRequest> findByStatusOrderByCreatedAt(RepresentationRequest.Status status, Pageable pageable);

    List<RepresentationRequest> findByStatusAndOrganisationIdOrderByCreatedAt(
            RepresentationRequest.Status status, long organisationId);
}
