package bg.libpartners.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrganisationPeople extends JpaRepository<OrganisationPerson, Long> {

    List<OrganisationPerson> findByOrganisationId(long organisationId);

    List<OrganisationPerson> findByOrganisationIdIn(Collection<Long> organisationIds);

    Optional<OrganisationPerson> findByIdAndOrganisationId(long id, long organisationId);

    long countByOrganisationId(long organisationId);

    /** A merge: the people of the removed organisation join the one that stays. */
    @Modifying
    @Query("update OrganisationPerson p set p.organisationId = ?1 where p.organisationId = ?2")
    int moveAll(long keptId, long removedId);
}
