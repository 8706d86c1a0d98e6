package bg.libpartners.support;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportTopics extends JpaRepository<SupportTopic, Long> {

    Optional<SupportTopic> findByCode(String code);

    List<SupportTopic> findAllByOrderByPosition();
}
