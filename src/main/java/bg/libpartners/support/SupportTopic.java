package bg.libpartners.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A topic of the list the admin keeps, with its target for the first answer in working hours. */
@Entity
@Table(name = "support_topic")
class SupportTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_bg", nullable = false)
    private String nameBg;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "target_hours", nullable = false)
    private int targetHours;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected SupportTopic() {}

    SupportTopic(String code, String nameBg, String nameEn, int targetHours, int position) {
        this.code = code;
        this.nameBg = nameBg;
        this.nameEn = nameEn;
        this.targetHours = targetHours;
        this.position = position;
        this.active = true;
    }

    void change(String nameBg, String nameEn, int targetHours, boolean active) {
        this.nameBg = nameBg;
        this.nameEn = nameEn;
        this.targetHours = targetHours;
        this.active = active;
    }

    String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameBg;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getNameBg() {
        return nameBg;
    }

    String getNameEn() {
        return nameEn;
    }

    int getTargetHours() {
        return targetHours;
    }

    int getPosition() {
        return position;
    }

    boolean isActive() {
        return active;
    }

    long getVersion() {
        return version;
    }
}
