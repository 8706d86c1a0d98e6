package bg.libpartners.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One version of a questionnaire. Versions share a {@code code}; a campaign points at one version, so answers keep
 * the questions they were given when a later version changes them.
 */
@Entity
@Table(name = "survey_questionnaire")
class Questionnaire {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_questionnaire_seq")
    @SequenceGenerator(
            name = "survey_questionnaire_seq",
            sequenceName = "survey_questionnaire_seq",
            allocationSize = 50)
    private Long id;

    private String code;
    private int versionNo;
    private String titleBg;
    private String titleEn;
    private String definition;
    private boolean shipped;
    private Long createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Questionnaire() {}

    Questionnaire(
            String code,
            int versionNo,
            String titleBg,
            String titleEn,
            String definition,
            boolean shipped,
            Long createdBy,
            Instant now) {
        this.code = code;
        this.versionNo = versionNo;
        this.titleBg = titleBg;
        this.titleEn = titleEn;
        this.definition = definition;
        this.shipped = shipped;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void rewrite(String titleBg, String titleEn, String definition) {
        this.titleBg = titleBg;
        this.titleEn = titleEn;
        this.definition = definition;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    int getVersionNo() {
        return versionNo;
    }

    String getTitleBg() {
        return titleBg;
    }

    String getTitleEn() {
        return titleEn;
    }

    String getDefinition() {
        return definition;
    }

    boolean isShipped() {
        return shipped;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
