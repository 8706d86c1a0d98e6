package bg.libpartners.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Questionnaires extends JpaRepository<Questionnaire, Long> {

    @Query("select q from Questionnaire q where q.versionNo = (select max(x.versionNo) from Questionnaire x"
            + " where x.code = q.code) order by q.code")
    List<Questionnaire> latest();

    Optional<Questionnaire> findFirstByCodeOrderByVersionNoDesc(String code);

    boolean existsByCode(String code);
}
