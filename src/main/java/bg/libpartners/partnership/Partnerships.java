package bg.libpartners.partnership;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Partnerships extends JpaRepository<Partnership, Long> {

    @EntityGraph(attributePaths = {"parties"})
    @Query("select p from Partnership p where p.id = :id")
    Optional<Partnership> findWithParties(long id);
}

interface Transitions extends JpaRepository<Transition, Long> {}

interface Comments extends JpaRepository<Comment, Long> {}
