package bg.libpartners.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Campaigns extends JpaRepository<Campaign, Long> {

    List<Campaign> findByStatusOrderByClosesOn(CampaignStatus status);

    List<Campaign> findAllByOrderByCreatedAtDesc();

    boolean existsByQuestionnaireId(long questionnaireId);

    boolean existsByQuestionnaireIdAndStatusNot(long questionnaireId, CampaignStatus status);
}
