package bg.libpartners.partnership;

import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The record of a cooperation led by one library. Status changes only through {@link #moveTo}, which checks the
 * lifecycle of {@link PartnershipStatus}; the version column turns a lost update into a conflict.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_seq")
    @SequenceGenerator(name = "partnership_seq", sequenceName = "partnership_seq", allocationSize = 50)
    private Long id;

    private String title;
    private long leadLibraryId;
    private String leadLibraryName;
    private Long holderId;
    private String oblastCode;
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private PartnershipStatus status = PartnershipStatus.DRAFT;

    private int builderStep = 1;
    private String need;
    private String concept;
    private String goals;
    private String channels;
    private String meetingRhythm;
    private String reporting;
    private String evaluation;
    private String sharedCosts;
    private String sharedPremises;
    private String leadRole;
    private String leadResponsibilities;
    private String leadContributions;
    private java.math.BigDecimal leadMoneyEur;
    private String leadContributionNote;
    private String leadBenefits;
    private String leadRepresentative;
    private LocalDate startDate;
    private LocalDate endDate;
    private int renewals;
    private boolean demo;
    private String partnerTypes;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "partnership_target_group", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "code")
    @Enumerated(EnumType.STRING)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @ElementCollection
    @CollectionTable(name = "partnership_field", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "code")
    @Enumerated(EnumType.STRING)
    private Set<ActivityField> fields = EnumSet.noneOf(ActivityField.class);

    @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Party> parties = new ArrayList<>();

    protected Partnership() {}

    Partnership(
            String title,
            long leadLibraryId,
            String leadLibraryName,
            Long holderId,
            String oblastCode,
            String municipalityCode,
            Long createdBy,
            Instant now) {
        this.title = title;
        this.leadLibraryId = leadLibraryId;
        this.leadLibraryName = leadLibraryName;
        this.holderId = holderId;
        this.oblastCode = oblastCode;
        this.municipalityCode = municipalityCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves along the lifecycle; the caller has checked the guards that need other modules. */
    Transition moveTo(PartnershipStatus target, String reason, Long by, String byName, Instant now) {
        if (!status.mayMoveTo(target)) {
            throw new InvalidPartnershipException(
                    "status", "partnership.error.transition", status.name(), target.name());
        }
        var from = status;
        status = target;
        touch(now);
        return new Transition(id, from, target, reason, by, byName, now);
    }

    /** Renewal: a new end date and back to negotiation, so a new agreement version must be approved and signed. */
    Transition renew(LocalDate newEnd, String reason, Long by, String byName, Instant now) {
        if (!status.renewable()) {
            throw new InvalidPartnershipException("status", "partnership.error.notRenewable", status.name());
        }
        if (newEnd == null || endDate != null && !newEnd.isAfter(endDate)) {
            throw new InvalidPartnershipException("endDate", "partnership.error.renewEnd");
        }
        var from = status;
        status = PartnershipStatus.NEGOTIATION;
        endDate = newEnd;
        renewals++;
        touch(now);
        return new Transition(id, from, status, reason, by, byName, now);
    }

    Party addParty(long organisationId, String name, String partnerType) {
        var party = new Party(this, organisationId, name, partnerType);
        party.order(parties.size());
        parties.add(party);
        refreshTypes();
        return party;
    }

    void keepParties(Set<Long> organisationIds) {
        parties.removeIf(p -> !organisationIds.contains(p.getOrganisationId()));
        for (int i = 0; i < parties.size(); i++) {
            parties.get(i).order(i);
        }
        refreshTypes();
    }

    Optional<Party> partyOf(long organisationId) {
        return parties.stream()
                .filter(p -> p.getOrganisationId() == organisationId)
                .findFirst();
    }

    Optional<Party> party(long partyId) {
        return parties.stream().filter(p -> Objects.equals(p.getId(), partyId)).findFirst();
    }

    /**
     * A duplicate in the directory was merged into {@code kept}: where this partnership named {@code removed} (as its
     * lead library, its holding chitalishte or a party) it names the kept record now. A party of the removed record
     * goes when the kept one already is a party: the merge does not make an organisation a party twice. A change like
     * any other: the time of change and, with it, the version move.
     */
    void followMerge(long kept, String keptName, long removed, Instant now) {
        if (leadLibraryId == removed) {
            leadLibraryId = kept;
            leadLibraryName = keptName;
        }
        if (holderId != null && holderId == removed) {
            holderId = kept;
        }
        boolean keptTakesPart = partyOf(kept).isPresent();
        for (var party : List.copyOf(parties)) {
            if (party.getOrganisationId() == removed) {
                if (keptTakesPart) {
                    parties.remove(party);
                } else {
                    party.followMerge(kept, keptName);
                    keptTakesPart = true;
                }
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            parties.get(i).order(i);
        }
        refreshTypes();
        touch(now);
    }

    private void refreshTypes() {
        var types = parties.stream()
                .map(Party::getPartnerType)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .collect(Collectors.joining(","));
        partnerTypes = types.isEmpty() ? null : types;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setNeed(String need) {
        this.need = need;
    }

    void setConcept(String concept) {
        this.concept = concept;
    }

    void setGoals(String goals) {
        this.goals = goals;
    }

    void setCommunication(String channels, String meetingRhythm) {
        this.channels = channels;
        this.meetingRhythm = meetingRhythm;
    }

    void setControl(String reporting, String evaluation) {
        this.reporting = reporting;
        this.evaluation = evaluation;
    }

    void setSharing(String sharedCosts, String sharedPremises) {
        this.sharedCosts = sharedCosts;
        this.sharedPremises = sharedPremises;
    }

    void setPeriod(LocalDate start, LocalDate end) {
        this.startDate = start;
        this.endDate = end;
    }

    void setTargetGroups(Set<TargetGroup> groups) {
        targetGroups.clear();
        targetGroups.addAll(groups);
    }

    void setFields(Set<ActivityField> f) {
        fields.clear();
        fields.addAll(f);
    }

    void reachedStep(int step) {
        builderStep = Math.max(builderStep, step);
    }
    /**
     * For the API and forms: the version the client last saw, required (428 without it, so nobody overwrites
     * blindly); a stale one is a conflict.
     */
    void expectVersion(Long seen) {
        if (bg.libpartners.platform.ExpectedVersion.required(seen, "version") != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Partnership.class, id);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public long getLeadLibraryId() {
        return leadLibraryId;
    }

    public String getLeadLibraryName() {
        return leadLibraryName;
    }

    public Long getHolderId() {
        return holderId;
    }

    public String getOblastCode() {
        return oblastCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public PartnershipStatus getStatus() {
        return status;
    }

    public int getBuilderStep() {
        return builderStep;
    }

    public String getNeed() {
        return need;
    }

    public String getConcept() {
        return concept;
    }

    public String getGoals() {
        return goals;
    }

    public String getChannels() {
        return channels;
    }

    public String getMeetingRhythm() {
        return meetingRhythm;
    }

    public String getReporting() {
        return reporting;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getSharedCosts() {
        return sharedCosts;
    }

    public String getSharedPremises() {
        return sharedPremises;
    }

    /** What the lead library takes on, as a party. */
    public LeadParty getLead() {
        return new LeadParty(
                leadRole,
                leadResponsibilities,
                Contribution.split(leadContributions),
                leadMoneyEur,
                leadContributionNote,
                leadBenefits,
                leadRepresentative);
    }

    void setLead(LeadParty lead) {
        leadRole = lead.role();
        leadResponsibilities = lead.responsibilities();
        leadContributions = Contribution.join(lead.contributions());
        leadMoneyEur = lead.moneyEur();
        leadContributionNote = lead.contributionNote();
        leadBenefits = lead.benefits();
        leadRepresentative = lead.representative();
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getRenewals() {
        return renewals;
    }

    public boolean isDemo() {
        return demo;
    }

    public String getPartnerTypes() {
        return partnerTypes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public Set<ActivityField> getFields() {
        return fields;
    }

    public List<Party> getParties() {
        return parties;
    }
}
