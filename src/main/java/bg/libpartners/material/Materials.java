package bg.libpartners.material;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Materials extends JpaRepository<Material, Long> {

    List<Material> findByLibraryRef(String libraryRef);

    @Query("select m from Material m join m.practiceIds p where p = :practiceId order by m.updatedAt desc")
    List<Material> linkedTo(long practiceId);

    @Modifying
    @Query("update Material m set m.downloads = m.downloads + 1 where m.id = :id")
    void countDownload(long id);

    @Modifying
    @Query("update MaterialVersion v set v.downloads = v.downloads + 1 where v.id = :id")
    void countVersionDownload(long id);

    @Query("select v from MaterialVersion v where v.material.id = :id and v.number = :number")
    java.util.Optional<MaterialVersion> version(long id, int number);

    @Query("select count(v) from MaterialVersion v where v.sha256 = :sha256")
    long versionsWithFile(String sha256);
}
