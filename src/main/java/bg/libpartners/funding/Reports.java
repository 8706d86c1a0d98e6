package bg.libpartners.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Reports extends JpaRepository<Report, Long> {

    List<Report> findByGrantIdOrderById(long grantId);
}
