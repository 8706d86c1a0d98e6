package bg.libpartners.partnership.web;

import bg.libpartners.partnership.LeadParty;
import bg.libpartners.partnership.PartnershipDetails;
import bg.libpartners.partnership.PartnershipInput;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The page form for the record and the builder's steps. Bound on top of the stored values, so a step that posts
 * only its own fields keeps the others.
 */
public class PartnershipForm {

    private String title;
    private Long leadLibraryId;
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
    private Set<ActivityField> fields = EnumSet.noneOf(ActivityField.class);
    private String need;
    private String concept;
    private String goals;
    private String channels;
    private String meetingRhythm;
    private String reporting;
    private String evaluation;
    private String sharedCosts;
    private String sharedPremises;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    private List<PartyForm> parties = new ArrayList<>();
    private PartyForm lead = new PartyForm();
    private Set<Long> organisationIds = new LinkedHashSet<>();
    private Long version;

    public static class PartyForm {
        private Long organisationId;
        private String organisationName;
        private String role;
        private String responsibilities;
        private Set<Contribution> contributions = EnumSet.noneOf(Contribution.class);
        private BigDecimal moneyEur;
        private String contributionNote;
        private String benefits;
        private String representative;

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long v) {
            organisationId = v;
        }

        public String getOrganisationName() {
            return organisationName;
        }

        public void setOrganisationName(String v) {
            organisationName = v;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String v) {
            role = v;
        }

        public String getResponsibilities() {
            return responsibilities;
        }

        public void setResponsibilities(String v) {
            responsibilities = v;
        }

        public Set<Contribution> getContributions() {
            return contributions;
        }

        public void setContributions(Set<Contribution> v) {
            contributions = v == null ? EnumSet.noneOf(Contribution.class) : v;
        }

        public BigDecimal getMoneyEur() {
            return moneyEur;
        }

        public void setMoneyEur(BigDecimal v) {
            moneyEur = v;
        }

        public String getContributionNote() {
            return contributionNote;
        }

        public void setContributionNote(String v) {
            contributionNote = v;
        }

        public String getBenefits() {
            return benefits;
        }

        public void setBenefits(String v) {
            benefits = v;
        }

        public String getRepresentative() {
            return representative;
        }

        public void setRepresentative(String v) {
            representative = v;
        }
    }

    static PartnershipForm of(PartnershipDetails p) {
        var f = new PartnershipForm();
        f.title = p.title();
        f.leadLibraryId = p.leadLibraryId();
        f.targetGroups =
                p.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(p.targetGroups());
        f.fields = p.fields().isEmpty() ? EnumSet.noneOf(ActivityField.class) : EnumSet.copyOf(p.fields());
        f.need = p.need();
        f.concept = p.concept();
        f.goals = p.goals();
        f.channels = p.channels();
        f.meetingRhythm = p.meetingRhythm();
        f.reporting = p.reporting();
        f.evaluation = p.evaluation();
        f.sharedCosts = p.sharedCosts();
        f.sharedPremises = p.sharedPremises();
        f.startDate = p.startDate();
        f.endDate = p.endDate();
        f.version = p.version();
        var l = p.lead();
        f.lead.organisationId = p.leadLibraryId();
        f.lead.organisationName = p.leadLibraryName();
        f.lead.role = l.role();
        f.lead.responsibilities = l.responsibilities();
        f.lead.contributions =
                l.contributions().isEmpty() ? EnumSet.noneOf(Contribution.class) : EnumSet.copyOf(l.contributions());
        f.lead.moneyEur = l.moneyEur();
        f.lead.contributionNote = l.contributionNote();
        f.lead.benefits = l.benefits();
        f.lead.representative = l.representative();
        for (var x : p.parties()) {
            var pf = new PartyForm();
            pf.organisationId = x.organisationId();
            pf.organisationName = x.organisationName();
            pf.role = x.role();
            pf.responsibilities = x.responsibilities();
            pf.contributions = x.contributions().isEmpty()
                    ? EnumSet.noneOf(Contribution.class)
                    : EnumSet.copyOf(x.contributions());
            pf.moneyEur = x.moneyEur();
            pf.contributionNote = x.contributionNote();
            pf.benefits = x.benefits();
            pf.representative = x.representative();
            f.parties.add(pf);
            f.organisationIds.add(x.organisationId());
        }
        return f;
    }

    /** With the parties chosen on the partners step: kept ones keep what was written for them. */
    PartnershipInput toInput(boolean partiesFromSelection) {
        List<PartnershipInput.PartyInput> list = new ArrayList<>();
        if (partiesFromSelection) {
            for (var id : organisationIds) {
                var existing = parties.stream()
                        .filter(p -> id.equals(p.organisationId))
                        .findFirst();
                list.add(existing.map(PartnershipForm::party).orElse(PartnershipInput.PartyInput.of(id)));
            }
        } else {
            parties.forEach(p -> list.add(party(p)));
        }
        return new PartnershipInput(
                title,
                leadLibraryId,
                targetGroups,
                fields,
                need,
                concept,
                goals,
                channels,
                meetingRhythm,
                reporting,
                evaluation,
                sharedCosts,
                sharedPremises,
                startDate,
                endDate,
                list,
                version,
                new LeadParty(
                        lead.role,
                        lead.responsibilities,
                        lead.contributions,
                        lead.moneyEur,
                        lead.contributionNote,
                        lead.benefits,
                        lead.representative));
    }

    private static PartnershipInput.PartyInput party(PartyForm p) {
        return new PartnershipInput.PartyInput(
                p.organisationId,
                p.role,
                p.responsibilities,
                p.contributions,
                p.moneyEur,
                p.contributionNote,
                p.benefits,
                p.representative);
    }

    public PartyForm getLead() {
        return lead;
    }

    public void setLead(PartyForm v) {
        lead = v == null ? new PartyForm() : v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public Long getLeadLibraryId() {
        return leadLibraryId;
    }

    public void setLeadLibraryId(Long v) {
        leadLibraryId = v;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(Set<TargetGroup> v) {
        targetGroups = v == null ? EnumSet.noneOf(TargetGroup.class) : v;
    }

    public Set<ActivityField> getFields() {
        return fields;
    }

    public void setFields(Set<ActivityField> v) {
        fields = v == null ? EnumSet.noneOf(ActivityField.class) : v;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String v) {
        need = v;
    }

    public String getConcept() {
        return concept;
    }

    public void setConcept(String v) {
        concept = v;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String v) {
        goals = v;
    }

    public String getChannels() {
        return channels;
    }

    public void setChannels(String v) {
        channels = v;
    }

    public String getMeetingRhythm() {
        return meetingRhythm;
    }

    public void setMeetingRhythm(String v) {
        meetingRhythm = v;
    }

    public String getReporting() {
        return reporting;
    }

    public void setReporting(String v) {
        reporting = v;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String v) {
        evaluation = v;
    }

    public String getSharedCosts() {
        return sharedCosts;
    }

    public void setSharedCosts(String v) {
        sharedCosts = v;
    }

    public String getSharedPremises() {
        return sharedPremises;
    }

    public void setSharedPremises(String v) {
        sharedPremises = v;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate v) {
        startDate = v;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate v) {
        endDate = v;
    }

    public List<PartyForm> getParties() {
        return parties;
    }

    public void setParties(List<PartyForm> v) {
        parties = v == null ? new ArrayList<>() : v;
    }

    public Set<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(Set<Long> v) {
        organisationIds = v == null ? new LinkedHashSet<>() : v;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long v) {
        version = v;
    }
}
