package bg.libpartners.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Tranches extends JpaRepository<Tranche, Long> {

    List<Tranche> findByGrantIdOrderBySeq(long grantId);
}
