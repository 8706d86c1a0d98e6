package bg.libpartners.partnership;

import bg.libpartners.taxonomy.Contribution;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** One party to a partnership besides the lead library: its role, what it brings and what it expects. */
@Entity
@Table(name = "partnership_party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
    @SequenceGenerator(name = "party_seq", sequenceName = "partnership_party_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    private int sortOrder;
    private long organisationId;
    private String organisationName;
    private String partnerType;

    @Column(name = "party_role")
    private String role;

    private String responsibilities;
    private String contributions;
    private BigDecimal moneyEur;
    private String contributionNote;
    private String benefits;
    private String representative;
    private Instant confirmedAt;
    private Long confirmedBy;

    protected Party() {}

    Party(Partnership partnership, long organisationId, String organisationName, String partnerType) {
        this.partnership = partnership;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.partnerType = partnerType;
    }

    /** Changing what a party takes on or brings (its contribution, its money) withdraws its earlier confirmation. */
    void describe(
            String role,
            String responsibilities,
            Set<Contribution> contributions,
            BigDecimal moneyEur,
            String contributionNote,
            String benefits,
            String representative) {
        String joined = Contribution.join(contributions);
        boolean changed = !java.util.Objects.equals(this.role, role)
                || !java.util.Objects.equals(this.benefits, benefits)
                || !java.util.Objects.equals(this.responsibilities, responsibilities)
                || !java.util.Objects.equals(this.contributions, joined)
                || !java.util.Objects.equals(this.contributionNote, contributionNote)
                || !sameAmount(this.moneyEur, moneyEur);
        this.role = role;
        this.responsibilities = responsibilities;
        this.contributions = joined;
        this.moneyEur = moneyEur;
        this.contributionNote = contributionNote;
        this.benefits = benefits;
        this.representative = representative;
        if (changed) {
            confirmedAt = null;
            confirmedBy = null;
        }
    }

    /** 250 and 250.00 are the same money. */
    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    void confirm(long userId, Instant at) {
        confirmedAt = at;
        confirmedBy = userId;
    }

    /** The organisation was a duplicate merged into {@code kept} in the directory. */
    void followMerge(long kept, String keptName) {
        organisationId = kept;
        organisationName = keptName;
    }

    void order(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getPartnerType() {
        return partnerType;
    }

    public String getRole() {
        return role;
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public Set<Contribution> getContributions() {
        return Contribution.split(contributions);
    }

    public BigDecimal getMoneyEur() {
        return moneyEur;
    }

    public String getContributionNote() {
        return contributionNote;
    }

    public String getBenefits() {
        return benefits;
    }

    public String getRepresentative() {
        return representative;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Long getConfirmedBy() {
        return confirmedBy;
    }
}
