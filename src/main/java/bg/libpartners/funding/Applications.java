package bg.libpartners.funding;

import org.springframework.data.jpa.repository.JpaRepository;

interface Applications extends JpaRepository<Application, Long> {

    java.util.List<Application> findByLibraryId(long libraryId);
}
