package bg.libpartners.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Partnerships extends JpaRepository<Partnership, Long> {

    @EntityGraph(attributePaths = {"parties"})
    @Query("select p from Partnership p where p.id = :id")
    Optional<Partnership> findWithParties(long id);

    /** Every partnership that names the organisation: as lead library, as holding chitalishte or as a party. */
    @EntityGraph(attributePaths = {"parties"})
    @Query("""
            select p from Partnership p where p.leadLibraryId = :organisation or p.holderId = :organisation
            or exists (select 1 from Party x where x.partnership = p and x.organisationId = :organisation)""")
    List<Partnership> findNaming(long organisation);

    @Query("select p.id from Partnership p where p.demo = true and p.status = :status and p.title not in :except"
            + " order by p.id")
    List<Long> findDemo(PartnershipStatus status, java.util.Collection<String> except);
}

interface Transitions extends JpaRepository<Transition, Long> {}

interface Comments extends JpaRepository<Comment, Long> {}
