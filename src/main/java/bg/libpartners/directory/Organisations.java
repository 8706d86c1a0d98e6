package bg.libpartners.directory;

import bg.libpartners.taxonomy.PartnerType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Organisations extends JpaRepository<Organisation, Long> {

    /** The newest change of any organisation: with the count, what the search index is checked against. */
    @Query("select max(o.updatedAt) from Organisation o")
    Instant latestUpdate();

    List<Organisation> findByKindAndRegisterNoIn(OrganisationKind kind, Collection<Integer> registerNos);

    @Query("select o from Organisation o where o.kind = ?1 and o.registerNo is not null")
    List<Organisation> findRegistered(OrganisationKind kind);

    List<Organisation> findByParentId(Long parentId);

    List<Organisation> findByParentIdIn(Collection<Long> parentIds);

    long countByKind(OrganisationKind kind);

    List<Organisation> findByKind(OrganisationKind kind);

    @Query("""
            select o from Organisation o
            where (?1 is null or o.kind = ?1) and (?2 is null or o.oblastCode = ?2)
              and (?3 is null or o.municipalityCode = ?3)""")
    Page<Organisation> list(OrganisationKind kind, String oblast, String municipality, Pageable pageable);

    @Query("""
            select o from Organisation o
            where o.kind = bg.libpartners.directory.OrganisationKind.PARTNER and o.municipalityCode = ?1
              and o.partnerType in ?2 order by o.strategic nulls last, o.name""")
    List<Organisation> partnersInMunicipality(String municipality, Collection<PartnerType> types, Pageable limit);

    @Query("""
            select o from Organisation o
            where o.kind = bg.libpartners.directory.OrganisationKind.PARTNER and o.oblastCode = ?1
              and (o.municipalityCode is null or o.municipalityCode <> ?2)
              and o.partnerType in ?3 order by o.strategic nulls last, o.name""")
    List<Organisation> partnersInOblastOutside(
            String oblast, String municipality, Collection<PartnerType> types, Pageable limit);

    @Query("""
            select o from Organisation o
            where o.kind = bg.libpartners.directory.OrganisationKind.PARTNER
              and o.strategic = bg.libpartners.directory.StrategicLevel.NATIONAL and o.partnerType in ?1
            order by o.name""")
    List<Organisation> nationalPartners(Collection<PartnerType> types, Pageable limit);

    @Modifying
    @Query("update Organisation o set o.parentId = ?1 where o.parentId = ?2")
    int repointParent(Long kept, Long removed);

    List<Organisation> findByEik(String eik);

    List<Organisation> findByEikIn(Collection<String> eiks);

    @Query("select o from Organisation o where lower(o.name) = lower(?1)")
    List<Organisation> findByNameIgnoringCase(String name);
}
