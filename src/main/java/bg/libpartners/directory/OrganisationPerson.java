package bg.libpartners.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person on a chitalishte's board or on the staff of a library or partner, with a term (either end may be
 * unknown). A person whose term has ended stays as history. E-mail and phone are personal data: see
 * {@link BoardAndStaff} for who sees them. Never indexed for search, never exported.
 */
@Entity
@Table(name = "organisation_person")
class OrganisationPerson {

    /** Where the row came from: the register import keeps its own rows, people typed in are left alone by it. */
    enum Source {
        REGISTER,
        MANUAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind", nullable = false)
    private PeopleList list;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonRole role;

    @Column(nullable = false)
    private String name;

    private String email;
    private String phone;

    @Column(name = "term_from")
    private LocalDate termFrom;

    @Column(name = "term_to")
    private LocalDate termTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected OrganisationPerson() {}

    OrganisationPerson(long organisationId, PersonRole role, String name, Source source) {
        this.organisationId = organisationId;
        this.list = role.list();
        this.role = role;
        this.name = name;
        this.source = source;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void write(PersonRole role, String name, String email, String phone, LocalDate from, LocalDate to) {
        this.list = role.list();
        this.role = role;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.termFrom = from;
        this.termTo = to;
        this.updatedAt = Instant.now();
    }

    /** The term ends on this day (the register shows someone else in the role). */
    void endTerm(LocalDate day) {
        this.termTo = day;
        this.updatedAt = Instant.now();
    }

    /** In office on this day: the term has begun (or its start is unknown) and not ended. */
    boolean current(LocalDate day) {
        return (termFrom == null || !termFrom.isAfter(day)) && (termTo == null || !termTo.isBefore(day));
    }

    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    Long getId() {
        return id;
    }

    long getOrganisationId() {
        return organisationId;
    }

    PeopleList getList() {
        return list;
    }

    PersonRole getRole() {
        return role;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    LocalDate getTermFrom() {
        return termFrom;
    }

    LocalDate getTermTo() {
        return termTo;
    }

    Source getSource() {
        return source;
    }

    long getVersion() {
        return version;
    }
}
