package bg.libpartners.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The grant of an approved application: the amount awarded, the co-financing promised and the project's period. */
@Entity
@Table(name = "funding_grant")
class Grant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;
    private long callId;
    private long libraryId;
    private String libraryName;
    private String oblastCode;
    private String number;
    private BigDecimal amount;
    private BigDecimal cofinanced;
    private int awardYear;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant createdAt;

    @Version
    private long version;

    protected Grant() {}

    Grant(Application a, BigDecimal amount, LocalDate startsOn, LocalDate endsOn, Instant now, int year) {
        this.applicationId = a.getId();
        this.callId = a.getCallId();
        this.libraryId = a.getLibraryId();
        this.libraryName = a.getLibraryName();
        this.oblastCode = a.getOblastCode();
        this.number = "ГР-" + year + "-" + a.getCallId() + "-" + a.getId();
        this.amount = amount;
        this.cofinanced = a.getCofinanced();
        this.awardYear = year;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = now;
    }

    /** The library was a duplicate merged into {@code kept} in the directory; the version moves. */
    void followMerge(long kept, String keptName) {
        libraryId = kept;
        libraryName = keptName;
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getCallId() {
        return callId;
    }

    long getLibraryId() {
        return libraryId;
    }

    String getLibraryName() {
        return libraryName;
    }

    String getOblastCode() {
        return oblastCode;
    }

    String getNumber() {
        return number;
    }

    BigDecimal getAmount() {
        return amount;
    }

    BigDecimal getCofinanced() {
        return cofinanced;
    }

    int getAwardYear() {
        return awardYear;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    long getVersion() {
        return version;
    }
}
