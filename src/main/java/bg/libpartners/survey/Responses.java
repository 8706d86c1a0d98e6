package bg.libpartners.survey;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Responses extends JpaRepository<Response, Long> {

    Optional<Response> findByInvitationId(long invitationId);

    boolean existsByQuestionnaireId(long questionnaireId);
}
