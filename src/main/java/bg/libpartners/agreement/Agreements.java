package bg.libpartners.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Agreements extends JpaRepository<Agreement, Long> {}

interface AgreementVersions extends JpaRepository<AgreementVersion, Long> {

    List<AgreementVersion> findByPartnershipIdOrderByNumberDesc(long partnershipId);

    Optional<AgreementVersion> findFirstByPartnershipIdOrderByNumberDesc(long partnershipId);

    List<AgreementVersion> findByStatus(AgreementStatus status);

    Optional<AgreementVersion> findByPartnershipIdAndNumber(long partnershipId, int number);
}
