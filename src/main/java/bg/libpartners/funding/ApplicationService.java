package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.notification.Notice;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.partnership.PartnershipDetails;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.TargetGroup;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applications: a librarian drafts one for their library, attaches files and submits it through the check. */
@Service
public class ApplicationService {

    /** An application as pages and the API show it; {@code rules} is the eligibility check as of now. */
    public record ApplicationView(
            long id,
            long callId,
            String callTitle,
            long libraryId,
            String libraryName,
            String oblastCode,
            Long partnershipId,
            String partnershipTitle,
            String title,
            String aims,
            Set<TargetGroup> targetGroups,
            Set<Benefit> benefits,
            List<Application.Activity> activities,
            List<Application.IndicatorTarget> indicators,
            List<Application.BudgetLine> budgetLines,
            BigDecimal total,
            BigDecimal requested,
            List<Application.Cofinancing> cofinancing,
            BigDecimal cofinanced,
            BigDecimal cofinancingShare,
            List<String> answers,
            List<Application.Attachment> attachments,
            ApplicationStatus status,
            Instant submittedAt,
            BigDecimal decisionAmount,
            String decisionReason,
            Instant decidedAt,
            Long grantId,
            List<Eligibility.Rule> rules,
            boolean editable,
            long version) {

        public ApplicationInput toInput() {
            return new ApplicationInput(
                    libraryId,
                    partnershipId,
                    title,
                    aims,
                    targetGroups,
                    benefits,
                    activities,
                    indicators,
                    budgetLines,
                    requested,
                    cofinancing,
                    answers,
                    version);
        }
    }

    private final Applications applications;
    private final CallService calls;
    private final Grants grants;
    private final Directory directory;
    private final PartnershipCatalog partnerships;
    private final Eligibility eligibility;
    private final FundingAccess access;
    private final AttachmentStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(
            Applications applications,
            CallService calls,
            Grants grants,
            Directory directory,
            PartnershipCatalog partnerships,
            Eligibility eligibility,
            FundingAccess access,
            AttachmentStore files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.calls = calls;
        this.grants = grants;
        this.directory = directory;
        this.partnerships = partnerships;
        this.eligibility = eligibility;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft for a library the user acts for, while the call accepts submissions. */
    @Transactional
    public long create(CurrentUser me, long callId, ApplicationInput input) {
        checkApplicant(me);
        var call = calls.load(callId);
        if (call.getStatus() != CallStatus.PUBLISHED) {
            throw new NotFoundException("funding.error.callNotFound", callId);
        }
        if (input.libraryId() == null) {
            throw new InvalidFundingException("libraryId", "funding.error.required");
        }
        var library = directory
                .findOptional(input.libraryId())
                .filter(o -> o.kind() == OrganisationKind.LIBRARY)
                .orElseThrow(() -> new InvalidFundingException("libraryId", "funding.error.libraryUnknown"));
        FundingAccess.checkActsFor(me, library.id());
        if (clock.instant().isAfter(call.getClosesAt())) {
            throw new ConflictException("funding.error.callClosed", Eligibility.WHEN.format(call.getClosesAt()));
        }
        var a = new Application(callId, library.id(), library.name(), library.oblastCode(), me.id(), clock.instant());
        describe(a, input, library, call);
        return applications.save(a).getId();
    }

    @Transactional
    public ApplicationView update(CurrentUser me, long id, ApplicationInput input) {
        var a = load(id);
        FundingAccess.checkActsFor(me, a.getLibraryId());
        a.expectVersion(input.version());
        if (input.libraryId() != null && input.libraryId() != a.getLibraryId()) {
            throw new InvalidFundingException("libraryId", "funding.error.libraryFixed");
        }
        var library = directory.find(a.getLibraryId());
        describe(a, input, library, calls.load(a.getCallId()));
        applications.saveAndFlush(a);
        return view(me, a);
    }

    private void describe(Application a, ApplicationInput input, OrganisationSummary library, Call call) {
        Map<Long, String> parties = new LinkedHashMap<>();
        parties.put(library.id(), library.name());
        String partnershipTitle = null;
        if (input.partnershipId() != null) {
            PartnershipDetails p;
            try {
                p = partnerships.findUnchecked(input.partnershipId());
            } catch (NotFoundException e) {
                throw new InvalidFundingException("partnershipId", "funding.error.partnershipUnknown");
            }
            if (p.leadLibraryId() != library.id()) {
                throw new InvalidFundingException("partnershipId", "funding.error.partnershipNotOfLibrary");
            }
            partnershipTitle = p.title();
            p.parties().forEach(x -> parties.put(x.organisationId(), x.organisationName()));
        }
        ApplicationValidation.check(input, parties, call.getQuestions().size());
        var lines = (input.budgetLines() == null ? List.<Application.BudgetLine>of() : input.budgetLines())
                .stream()
                        .map(l -> new Application.BudgetLine(
                                l.partnerId(),
                                parties.get(l.partnerId()),
                                l.kind(),
                                l.description() == null || l.description().isBlank()
                                        ? null
                                        : l.description().trim(),
                                Money.euro(l.amount())))
                        .toList();
        var cofin = (input.cofinancing() == null ? List.<Application.Cofinancing>of() : input.cofinancing())
                .stream()
                        .map(c -> new Application.Cofinancing(
                                c.partnerId(), parties.get(c.partnerId()), Money.euro(c.amount())))
                        .toList();
        a.describe(input, partnershipTitle, lines, cofin, clock.instant());
    }

    @Transactional
    public ApplicationView attach(
            CurrentUser me, long id, String label, String filename, String mediaType, InputStream content) {
        var a = load(id);
        FundingAccess.checkActsFor(me, a.getLibraryId());
        if (a.getStatus() != ApplicationStatus.DRAFT) {
            throw new ConflictException("funding.error.notDraft", a.getStatus().name());
        }
        var clean = label == null || label.isBlank() ? "—" : label.trim();
        if (clean.length() > 200) {
            throw new InvalidFundingException("label", "funding.error.tooLong", 200);
        }
        a.attach(files.keep(clean, filename, mediaType, content), clock.instant());
        applications.saveAndFlush(a);
        return view(me, a);
    }

    @Transactional
    public ApplicationView detach(CurrentUser me, long id, int index) {
        var a = load(id);
        FundingAccess.checkActsFor(me, a.getLibraryId());
        a.detach(index, clock.instant());
        applications.saveAndFlush(a);
        return view(me, a);
    }

    /** The attachment's stored file, for its download, to those who may see the application. */
    @Transactional(readOnly = true)
    public Application.Attachment attachment(CurrentUser me, long id, int index) {
        var a = load(id);
        access.checkView(me, a);
        var list = a.getAttachments();
        if (index < 0 || index >= list.size()) {
            throw new NotFoundException("funding.error.attachmentNotFound", index);
        }
        return list.get(index);
    }

    public InputStream open(Application.Attachment attachment) {
        return files.open(attachment.sha256());
    }

    /**
     * Submits when every eligibility rule passes, at the latest at the call's closing second; otherwise
     * {@link IneligibleApplicationException} lists each failed rule and nothing changes.
     */
    @Transactional
    public ApplicationView submit(CurrentUser me, long id, Long version) {
        var a = load(id);
        FundingAccess.checkActsFor(me, a.getLibraryId());
        a.expectVersion(version);
        if (a.getStatus() != ApplicationStatus.DRAFT) {
            throw new ConflictException("funding.error.notDraft", a.getStatus().name());
        }
        var call = calls.load(a.getCallId());
        var now = clock.instant();
        var failed = eligibility.check(call, a, directory.find(a.getLibraryId()), now).stream()
                .filter(r -> !r.passed())
                .toList();
        if (!failed.isEmpty()) {
            throw new IneligibleApplicationException(failed);
        }
        a.submit(now);
        applications.saveAndFlush(a);
        events.publishEvent(new Notice(
                "funding.application-submitted",
                List.of(Notice.Audience.role(Role.ADMIN)),
                "funding.notice.applicationSubmitted",
                List.of(a.getTitle(), a.getLibraryName(), call.getTitle()),
                "/funding/applications/" + id,
                "funding.application-submitted:" + id));
        return view(me, a);
    }

    /** Only librarians (for their libraries) and admins apply. */
    public static void checkApplicant(CurrentUser me) {
        if (me == null || !(me.isAdmin() || me.role() == Role.LIBRARIAN)) {
            throw new org.springframework.security.access.AccessDeniedException("applicants only");
        }
    }

    /** The application for its edit form: those who act for its library only. */
    @Transactional(readOnly = true)
    public ApplicationView forEdit(CurrentUser me, long id) {
        var a = load(id);
        FundingAccess.checkActsFor(me, a.getLibraryId());
        return view(me, a);
    }

    @Transactional(readOnly = true)
    public ApplicationView get(CurrentUser me, long id) {
        var a = load(id);
        access.checkView(me, a);
        return view(me, a);
    }

    /** The libraries the user may apply for (a librarian's own). */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> librariesOf(CurrentUser me) {
        if (me == null || me.role() != Role.LIBRARIAN) {
            return List.of();
        }
        return directory.findAll(me.refs(bg.libpartners.account.ScopeKind.LIBRARY).stream()
                .map(Long::valueOf)
                .sorted()
                .toList());
    }

    /** Who may carry budget lines and co-financing: the library, then the partnership's partners, by name. */
    @Transactional(readOnly = true)
    public Map<Long, String> parties(ApplicationView a) {
        Map<Long, String> parties = new LinkedHashMap<>();
        parties.put(a.libraryId(), a.libraryName());
        if (a.partnershipId() != null) {
            try {
                partnerships
                        .findUnchecked(a.partnershipId())
                        .parties()
                        .forEach(x -> parties.put(x.organisationId(), x.organisationName()));
            } catch (NotFoundException e) {
                // the partnership was removed since: only the library is left to choose
            }
        }
        return parties;
    }

    /** The partnerships a library leads, for the application's picker (by title). */
    @Transactional(readOnly = true)
    public List<bg.libpartners.partnership.PartnershipRow> partnershipsOf(CurrentUser me, long libraryId) {
        return partnerships
                .list(me, new bg.libpartners.partnership.PartnershipFilter(libraryId, null, null, null), 0, 100)
                .items();
    }

    /**
     * For the application form's type-ahead: the partnerships the library leads whose title has the words (Cyrillic
     * or Latin), best first. Only those who act for the library may ask (its librarians, admins); the partnership
     * picked is checked again when the application is saved (it must be led by the application's library).
     */
    @Transactional(readOnly = true)
    public List<bg.libpartners.platform.pick.Choice> suggestPartnerships(
            CurrentUser me, long libraryId, String q, int limit) {
        FundingAccess.checkActsFor(me, libraryId);
        var words = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        var latin = bg.libpartners.platform.Transliteration.toLatin(words);
        return partnershipsOf(me, libraryId).stream()
                .filter(p -> p.leadLibraryId() == libraryId)
                .filter(p -> words.isEmpty()
                        || p.title().toLowerCase(java.util.Locale.ROOT).contains(words)
                        || bg.libpartners.platform.Transliteration.toLatin(p.title())
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains(latin))
                .limit(limit)
                .map(p ->
                        new bg.libpartners.platform.pick.Choice(String.valueOf(p.id()), p.title(), p.leadLibraryName()))
                .toList();
    }

    /** The partnership by id as the picker names it, when the person acts for the library that leads it. */
    @Transactional(readOnly = true)
    public java.util.Optional<bg.libpartners.platform.pick.Choice> partnershipChoice(CurrentUser me, long id) {
        try {
            var p = partnerships.findUnchecked(id);
            return FundingAccess.actsFor(me, p.leadLibraryId())
                    ? java.util.Optional.of(
                            new bg.libpartners.platform.pick.Choice(String.valueOf(id), p.title(), p.leadLibraryName()))
                    : java.util.Optional.empty();
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    Application load(long id) {
        return applications
                .findById(id)
                .orElseThrow(() -> new NotFoundException("funding.error.applicationNotFound", id));
    }

    ApplicationView view(CurrentUser me, Application a) {
        var call = calls.load(a.getCallId());
        boolean editable = a.getStatus() == ApplicationStatus.DRAFT && FundingAccess.actsFor(me, a.getLibraryId());
        List<Eligibility.Rule> rules = a.getStatus() == ApplicationStatus.DRAFT && editable
                ? eligibility.check(call, a, directory.find(a.getLibraryId()), clock.instant())
                : List.of();
        Long grantId = a.getStatus() == ApplicationStatus.APPROVED
                ? grants.findByApplicationId(a.getId()).map(Grant::getId).orElse(null)
                : null;
        return new ApplicationView(
                a.getId(),
                a.getCallId(),
                call.getTitle(),
                a.getLibraryId(),
                a.getLibraryName(),
                a.getOblastCode(),
                a.getPartnershipId(),
                a.getPartnershipTitle(),
                a.getTitle(),
                a.getAims(),
                a.getTargetGroups(),
                a.getBenefits(),
                a.getActivities(),
                a.getIndicators(),
                a.getBudgetLines(),
                a.total(),
                a.getRequested(),
                a.getCofinancing(),
                a.getCofinanced(),
                Eligibility.share(a),
                a.getAnswers(),
                a.getAttachments(),
                a.getStatus(),
                a.getSubmittedAt(),
                a.getDecisionAmount(),
                a.getDecisionReason(),
                a.getDecidedAt(),
                grantId,
                rules,
                editable,
                a.getVersion());
    }
}
