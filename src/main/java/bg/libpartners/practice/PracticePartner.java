package bg.libpartners.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A partner in a practice: its name as the story tells it and its type (a code of {@link Codes#PARTNER_TYPES}). */
@Embeddable
public class PracticePartner {

    /** Searched through the practice's {@code text} field. */
    @Column(nullable = false)
    private String name;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "partner_type", nullable = false)
    private String type;

    protected PracticePartner() {}

    public PracticePartner(String name, String type) {
        this.name = name;
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }
}
