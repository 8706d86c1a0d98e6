package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.partnership.InvalidPartnershipException.FieldProblem;
import bg.libpartners.partnership.PartnershipEvents.PartnershipChanged;
import bg.libpartners.partnership.PartnershipEvents.PartnershipCreated;
import bg.libpartners.partnership.PartnershipEvents.PartnershipRenewed;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.TargetGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes partnerships: create, update (whole or one builder step), the guarded lifecycle, partners' confirmations. */
@Service
public class PartnershipService {

    private final Partnerships partnerships;
    private final Transitions transitions;
    private final Comments comments;
    private final Directory directory;
    private final PartnershipAccess access;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AgreementStatusProvider> agreements;
    private final PartnershipReads reads;
    private final PartnershipNotifier notices;

    PartnershipService(
            Partnerships partnerships,
            Transitions transitions,
            Comments comments,
            Directory directory,
            PartnershipAccess access,
            ApplicationEventPublisher events,
            ObjectProvider<AgreementStatusProvider> agreements,
            PartnershipReads reads,
            PartnershipNotifier notices) {
        this.reads = reads;
        this.notices = notices;
        this.partnerships = partnerships;
        this.transitions = transitions;
        this.comments = comments;
        this.directory = directory;
        this.access = access;
        this.events = events;
        this.agreements = agreements;
    }

    /**
     * The record as a projection (two statements, no entity graph; see {@link PartnershipReads}).
     *
     * @throws AccessDeniedException when the user may not see it
     */
    public PartnershipDetails get(CurrentUser me, long id) {
        var details = read(id);
        access.checkView(me, details);
        return details;
    }

    PartnershipDetails read(long id) {
        return reads.details(id).orElseThrow(() -> new NotFoundException("partnership.error.notFound", id));
    }

    @Transactional
    public long create(CurrentUser me, PartnershipInput input, boolean requireRoles) {
        PartnershipValidation.check(input, requireRoles);
        var library = directory
                .findOptional(input.leadLibraryId())
                .filter(o -> o.kind() == OrganisationKind.LIBRARY)
                .orElseThrow(() -> new InvalidPartnershipException("leadLibraryId", "partnership.error.leadUnknown"));
        if (!access.mayLead(me, library)) {
            throw new AccessDeniedException("library " + library.id());
        }
        var holder =
                directory.holderOf(library.id()).map(OrganisationSummary::id).orElse(null);
        var now = Instant.now();
        var p = new Partnership(
                input.title().trim(),
                library.id(),
                library.name(),
                holder,
                library.oblastCode(),
                library.municipalityCode(),
                me.id(),
                now);
        apply(p, input);
        p = partnerships.save(p);
        transitions.save(
                new Transition(p.getId(), null, PartnershipStatus.DRAFT, null, me.id(), me.displayName(), now));
        events.publishEvent(new PartnershipCreated(p.getId(), library.id()));
        return p.getId();
    }

    /**
     * A partnership reported in a survey answer: a new draft of the lead library or, when {@code existingId} names one
     * still a draft of that library, that draft rewritten with the answer (a record that has moved on since keeps the
     * library's later work). The mark ("reported in survey …") is the reason of its first step and its first comment.
     * The caller (the survey module) has checked who may report for the library; no user is checked here.
     *
     * @return the id of the partnership
     */
    @Transactional
    public long recordReported(Long existingId, PartnershipInput input, String mark) {
        PartnershipValidation.check(input, false);
        if (existingId != null) {
            var found = partnerships.findWithParties(existingId);
            if (found.isPresent()) {
                var p = found.get();
                if (p.getStatus() == PartnershipStatus.DRAFT && p.getLeadLibraryId() == input.leadLibraryId()) {
                    apply(p, input);
                    p.touch(Instant.now());
                    partnerships.saveAndFlush(p);
                    events.publishEvent(new PartnershipChanged(existingId));
                }
                return existingId;
            }
        }
        var library = directory
                .findOptional(input.leadLibraryId())
                .filter(o -> o.kind() == OrganisationKind.LIBRARY)
                .orElseThrow(() -> new InvalidPartnershipException("leadLibraryId", "partnership.error.leadUnknown"));
        var holder =
                directory.holderOf(library.id()).map(OrganisationSummary::id).orElse(null);
        var now = Instant.now();
        var p = new Partnership(
                input.title().trim(),
                library.id(),
                library.name(),
                holder,
                library.oblastCode(),
                library.municipalityCode(),
                null,
                now);
        apply(p, input);
        p = partnerships.save(p);
        transitions.save(new Transition(p.getId(), null, PartnershipStatus.DRAFT, mark, null, "LibPartners", now));
        comments.save(new Comment(p.getId(), null, null, "LibPartners", mark, now));
        events.publishEvent(new PartnershipCreated(p.getId(), library.id()));
        return p.getId();
    }

    /** The whole record; a version older than the stored one is a conflict, and nothing is written. */
    @Transactional
    public PartnershipDetails update(CurrentUser me, long id, PartnershipInput input, boolean requireRoles) {
        return update(me, id, input, requireRoles, 0);
    }

    /** A builder step: the draft is saved with what was typed so far; roles are not yet required. */
    @Transactional
    public PartnershipDetails saveStep(CurrentUser me, long id, PartnershipInput input, int step) {
        return update(me, id, input, false, step);
    }

    private PartnershipDetails update(CurrentUser me, long id, PartnershipInput input, boolean requireRoles, int step) {
        var p = editable(me, id);
        p.expectVersion(input.version());
        if (input.leadLibraryId() != null && input.leadLibraryId() != p.getLeadLibraryId()) {
            throw new InvalidPartnershipException("leadLibraryId", "partnership.error.leadFixed");
        }
        PartnershipValidation.check(withLead(input, p.getLeadLibraryId()), requireRoles);
        apply(p, input);
        p.reachedStep(step);
        p.touch(Instant.now());
        partnerships.saveAndFlush(p);
        events.publishEvent(new PartnershipChanged(id));
        return PartnershipDetails.of(p);
    }

    /**
     * The demo's own partnerships in this status, oldest first, for other modules' demo data (the seed's examples are
     * left out: they stay as the seed tells them).
     */
    @Transactional(readOnly = true)
    public List<Long> demoPartnerships(PartnershipStatus status) {
        return partnerships.findDemo(
                status,
                PartnershipDemoData.EXAMPLES.stream()
                        .map(PartnershipDemoData.Example::title)
                        .toList());
    }

    @Transactional
    public PartnershipDetails transition(
            CurrentUser me, long id, PartnershipStatus target, String reason, Long version) {
        var p = load(id);
        access.checkEdit(me, PartnershipDetails.of(p));
        p.expectVersion(version);
        if (target == null) {
            throw new InvalidPartnershipException("status", "partnership.error.statusRequired");
        }
        if (!p.getStatus().mayMoveTo(target)) {
            throw new InvalidPartnershipException(
                    "status", "partnership.error.transition", p.getStatus().name(), target.name());
        }
        if (target == PartnershipStatus.NEGOTIATION) {
            PartnershipValidation.readyForNegotiation(p);
        }
        if (target == PartnershipStatus.AGREED && !agreementSigned(id)) {
            throw new InvalidPartnershipException("status", "partnership.error.agreementMissing");
        }
        var step = p.moveTo(target, blankToNull(reason), me.id(), me.displayName(), Instant.now());
        partnerships.saveAndFlush(p);
        transitions.save(step);
        events.publishEvent(PartnershipEvents.of(id, target));
        var details = PartnershipDetails.of(p);
        if (target == PartnershipStatus.NEGOTIATION) {
            notices.invited(details);
        }
        return details;
    }

    @Transactional
    public PartnershipDetails renew(CurrentUser me, long id, LocalDate newEnd, String reason, Long version) {
        var p = load(id);
        access.checkEdit(me, PartnershipDetails.of(p));
        p.expectVersion(version);
        var step = p.renew(newEnd, blankToNull(reason), me.id(), me.displayName(), Instant.now());
        partnerships.saveAndFlush(p);
        transitions.save(step);
        events.publishEvent(new PartnershipRenewed(id, newEnd));
        return PartnershipDetails.of(p);
    }

    /** A partner's representative confirms the role and benefits written for their organisation. */
    @Transactional
    public void confirm(CurrentUser me, long id, long partyId) {
        var p = load(id);
        var party = ownParty(me, p, partyId);
        party.confirm(me.id(), Instant.now());
        p.touch(Instant.now());
        var details = PartnershipDetails.of(p);
        details.parties().stream()
                .filter(x -> x.id() == partyId)
                .findFirst()
                .ifPresent(x -> notices.confirmed(details, x));
    }

    @Transactional
    public void comment(CurrentUser me, long id, Long partyId, String body) {
        var p = load(id);
        var details = PartnershipDetails.of(p);
        if (partyId != null) {
            ownParty(me, p, partyId);
        } else {
            access.checkView(me, details);
        }
        if (body == null || body.isBlank()) {
            throw new InvalidPartnershipException("body", "partnership.error.commentRequired");
        }
        if (body.length() > 4000) {
            throw new InvalidPartnershipException("body", "partnership.error.tooLong", 4000);
        }
        var saved = comments.save(new Comment(id, partyId, me.id(), me.displayName(), body.trim(), Instant.now()));
        notices.commented(details, partyId, me, saved.getId());
    }

    /** The timeline, oldest first; read without an entity (one statement). */
    public List<Transition> timeline(long id) {
        return reads.timeline(id);
    }

    /** The comments, oldest first; read without an entity (one statement). */
    public List<Comment> comments(long id) {
        return reads.comments(id);
    }

    boolean agreementSigned(long id) {
        var provider = agreements.getIfAvailable();
        return provider != null && provider.hasApprovedSignedAgreement(id);
    }

    private Party ownParty(CurrentUser me, Partnership p, long partyId) {
        var party =
                p.party(partyId).orElseThrow(() -> new NotFoundException("partnership.error.partyNotFound", partyId));
        var view = PartnershipDetails.of(p).parties().stream()
                .filter(v -> v.id() == partyId)
                .findFirst()
                .orElseThrow();
        if (!access.representsParty(me, view)) {
            throw new AccessDeniedException("party " + partyId);
        }
        return party;
    }

    Partnership load(long id) {
        return partnerships
                .findWithParties(id)
                .orElseThrow(() -> new NotFoundException("partnership.error.notFound", id));
    }

    private Partnership editable(CurrentUser me, long id) {
        var p = load(id);
        access.checkEdit(me, PartnershipDetails.of(p));
        if (!p.getStatus().editable() && p.getStatus() != PartnershipStatus.ACTIVE) {
            throw new InvalidPartnershipException(
                    "status", "partnership.error.notEditable", p.getStatus().name());
        }
        return p;
    }

    private void apply(Partnership p, PartnershipInput in) {
        p.setTitle(in.title().trim());
        p.setTargetGroups(
                in.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(in.targetGroups()));
        p.setFields(in.fields().isEmpty() ? EnumSet.noneOf(ActivityField.class) : EnumSet.copyOf(in.fields()));
        p.setNeed(blankToNull(in.need()));
        p.setConcept(blankToNull(in.concept()));
        p.setGoals(blankToNull(in.goals()));
        p.setCommunication(blankToNull(in.channels()), blankToNull(in.meetingRhythm()));
        p.setControl(blankToNull(in.reporting()), blankToNull(in.evaluation()));
        p.setSharing(blankToNull(in.sharedCosts()), blankToNull(in.sharedPremises()));
        p.setPeriod(in.startDate(), in.endDate());
        if (in.lead() != null) {
            p.setLead(in.lead().trimmed());
        }
        applyParties(p, in.parties());
    }

    private void applyParties(Partnership p, List<PartnershipInput.PartyInput> parties) {
        var ids = parties.stream()
                .map(PartnershipInput.PartyInput::organisationId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, OrganisationSummary> found =
                directory.findAll(ids).stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            if (!found.containsKey(parties.get(i).organisationId())) {
                unknown.add(new FieldProblem(
                        "parties[" + i + "].organisationId", "partnership.error.partyUnknown", new Object[] {i + 1}));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidPartnershipException(unknown);
        }
        p.keepParties(ids);
        for (var in : parties) {
            var org = found.get(in.organisationId());
            var party = p.partyOf(org.id())
                    .orElseGet(() -> p.addParty(
                            org.id(),
                            org.name(),
                            org.kind() == OrganisationKind.PARTNER
                                    ? org.type()
                                    : org.kind().name()));
            party.describe(
                    blankToNull(in.role()),
                    blankToNull(in.responsibilities()),
                    in.contributions(),
                    in.moneyEur(),
                    blankToNull(in.contributionNote()),
                    blankToNull(in.benefits()),
                    blankToNull(in.representative()));
        }
        var order = new ArrayList<>(ids);
        p.getParties().sort(java.util.Comparator.comparingInt(x -> order.indexOf(x.getOrganisationId())));
        for (int i = 0; i < p.getParties().size(); i++) {
            p.getParties().get(i).order(i);
        }
    }

    private static PartnershipInput withLead(PartnershipInput in, long lead) {
        return new PartnershipInput(
                in.title(),
                lead,
                in.targetGroups(),
                in.fields(),
                in.need(),
                in.concept(),
                in.goals(),
                in.channels(),
                in.meetingRhythm(),
                in.reporting(),
                in.evaluation(),
                in.sharedCosts(),
                in.sharedPremises(),
                in.startDate(),
                in.endDate(),
                in.parties(),
                in.version(),
                in.lead());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
