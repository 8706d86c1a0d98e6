package bg.libpartners.practice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Practices extends JpaRepository<GoodPractice, Long> {

    /** The newest change of any practice: with the count, what the search index is checked against. */
    @Query("select max(p.updatedAt) from GoodPractice p")
    Instant latestUpdate();

    Optional<GoodPractice> findBySlug(String slug);

    List<GoodPractice> findByLibraryRef(String libraryRef);

    boolean existsByPartnershipIdNotNull();

    @Query("""
            select new bg.libpartners.practice.PracticeCard(p.id, p.title, p.summary, p.country, p.place, p.startYear,
                p.publishedAt, p.status)
            from GoodPractice p where p.status = :status order by p.updatedAt desc""")
    List<PracticeCard> cardsWithStatus(PracticeStatus status, Pageable pageable);

    @Query("""
            select new bg.libpartners.practice.PracticeCard(p.id, p.title, p.summary, p.country, p.place, p.startYear,
                p.publishedAt, p.status)
            from GoodPractice p where p.status = :status and p.oblastCode in :oblasts order by p.updatedAt desc""")
    List<PracticeCard> cardsWithStatusIn(
            PracticeStatus status, java.util.Collection<String> oblasts, Pageable pageable);

    List<GoodPractice> findByPartnershipIdOrderByIdDesc(Long partnershipId);

    @Query("""
            select new bg.libpartners.practice.PracticeCard(p.id, p.title, p.summary, p.country, p.place, p.startYear,
                p.publishedAt, p.status)
            from GoodPractice p where p.authorId = :authorId or (p.libraryRef is not null and p.libraryRef in :libraries)
            order by p.updatedAt desc""")
    List<PracticeCard> cardsOf(Long authorId, java.util.Collection<String> libraries, Pageable pageable);

    @Query("""
            select p from GoodPractice p where p.status = bg.libpartners.practice.PracticeStatus.PUBLISHED
            and p.publishedAt is not null order by p.publishedAt desc""")
    List<GoodPractice> latestPublished(Pageable pageable);

    @Query(
            "select max(p.publishedAt) from GoodPractice p where p.status = bg.libpartners.practice.PracticeStatus.PUBLISHED")
    Optional<Instant> lastPublishedAt();
}
