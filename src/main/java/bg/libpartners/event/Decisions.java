package bg.libpartners.event;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Decisions extends JpaRepository<Decision, Long> {

    List<Decision> findByEventIdOrderByPosition(long eventId);
}
