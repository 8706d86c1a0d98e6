package bg.libpartners.survey;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: create, launch, the coordinator's links. A launch records every invitation in one transaction and
 * returns at once; the e-mails to libraries without an account go out in the background ({@link InvitationMailer}),
 * and librarians with an account get a notice.
 */
@Service
public class CampaignService {

    static final Set<String> KINDS = Set.of("LIBRARY", "CHITALISHTE");

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final SurveyAccess access;
    private final AudienceResolver audience;
    private final InvitationStore invitations;
    private final Directory directory;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final LibPartnersProperties properties;
    private final SurveyReportService reports;
    private final Clock clock;

    CampaignService(
            Campaigns campaigns,
            Questionnaires questionnaires,
            SurveyAccess access,
            AudienceResolver audience,
            InvitationStore invitations,
            Directory directory,
            AccountService accounts,
            ApplicationEventPublisher events,
            LibPartnersProperties properties,
            SurveyReportService reports,
            Clock clock) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.access = access;
        this.audience = audience;
        this.invitations = invitations;
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
        this.properties = properties;
        this.reports = reports;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SurveyClock.SOFIA));
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list(CurrentUser me) {
        return campaigns.findAllByOrderByCreatedAtDesc().stream()
                .filter(c -> access.mayManage(me, c.getOblasts()))
                .map(CampaignView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public CampaignView get(CurrentUser me, long id) {
        var c = load(id);
        access.checkManage(me, c);
        return CampaignView.of(c);
    }

    /** Whether this person may create campaigns at all (admins and coordinators). */
    public static boolean mayCreate(CurrentUser me) {
        return me != null && (me.isAdmin() || me.role() == Role.COORDINATOR);
    }

    @Transactional
    public long create(CurrentUser me, CampaignInput in) {
        return create(me, in, false);
    }

    long create(CurrentUser me, CampaignInput in, boolean demo) {
        if (!mayCreate(me)) {
            throw new AccessDeniedException("campaigns");
        }
        if (in.title() == null || in.title().isBlank()) {
            throw new InvalidCampaignException("title", "survey.error.titleRequired");
        }
        if (in.title().length() > 300) {
            throw new InvalidCampaignException("title", "survey.error.titleLong", 300);
        }
        if (in.opensOn() == null) {
            throw new InvalidCampaignException("opensOn", "survey.error.opensRequired");
        }
        if (in.closesOn() == null) {
            throw new InvalidCampaignException("closesOn", "survey.error.closesRequired");
        }
        if (in.closesOn().isBefore(in.opensOn())) {
            throw new InvalidCampaignException("closesOn", "survey.error.closesBeforeOpens");
        }
        if (!demo && in.closesOn().isBefore(today())) {
            throw new InvalidCampaignException("closesOn", "survey.error.closesPast");
        }
        if (in.questionnaireId() == null || !questionnaires.existsById(in.questionnaireId())) {
            throw new InvalidCampaignException(
                    "questionnaireId", "survey.error.questionnaireNotFound", String.valueOf(in.questionnaireId()));
        }
        for (var d : in.reminderDays()) {
            if (d == null || d < 1 || d > 60) {
                throw new InvalidCampaignException("reminderDays", "survey.error.reminderDays", String.valueOf(d));
            }
        }
        for (var k : in.kinds()) {
            if (!KINDS.contains(k)) {
                throw new InvalidCampaignException("kinds", "survey.error.kind", k);
            }
        }
        for (var s : in.statuses()) {
            try {
                OrganisationStatus.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw new InvalidCampaignException("statuses", "survey.error.status", s);
            }
        }
        var oblasts = oblasts(me, in);
        var c = new Campaign(in, in.questionnaireId(), oblasts, me.id(), demo, clock.instant());
        return campaigns.save(c).getId();
    }

    /** The campaign's oblasts: those given, the picked organisations', or a coordinator's own. */
    private Set<String> oblasts(CurrentUser me, CampaignInput in) {
        Set<String> oblasts = new LinkedHashSet<>(in.oblasts());
        var known = directory.oblastNames().keySet();
        for (var o : oblasts) {
            if (!known.contains(o)) {
                throw new InvalidCampaignException("oblasts", "survey.error.oblast", o);
            }
        }
        if (!in.picked().isEmpty()) {
            var found = directory.findAll(in.picked());
            var ids = new HashSet<Long>();
            for (var o : found) {
                if (AudienceResolver.invitable(o)) {
                    ids.add(o.id());
                }
            }
            for (var id : in.picked()) {
                if (!ids.contains(id)) {
                    throw new InvalidCampaignException("picked", "survey.error.pickedUnknown", String.valueOf(id));
                }
            }
            oblasts = new LinkedHashSet<>();
            for (var o : found) {
                if (o.oblastCode() != null) {
                    oblasts.add(o.oblastCode());
                }
            }
        }
        if (!in.municipalities().isEmpty() && oblasts.isEmpty()) {
            for (var m : in.municipalities()) {
                if (m.length() < 3 || !known.contains(m.substring(0, 3))) {
                    throw new InvalidCampaignException("municipalities", "survey.error.municipality", m);
                }
                oblasts.add(m.substring(0, 3));
            }
        }
        if (me.isAdmin()) {
            return oblasts;
        }
        var mine = me.refs(ScopeKind.OBLAST);
        if (oblasts.isEmpty()) {
            return new LinkedHashSet<>(mine);
        }
        for (var o : oblasts) {
            if (!mine.contains(o)) {
                throw new InvalidCampaignException(
                        in.picked().isEmpty() ? "oblasts" : "picked", "survey.error.oblastNotYours", o);
            }
        }
        return oblasts;
    }

    /**
     * Records an invitation per organisation of the audience (in one transaction, nothing when it fails) and returns
     * how many; the e-mails go out in the background.
     */
    @Transactional
    public int launch(CurrentUser me, long id) {
        var c = load(id);
        access.checkManage(me, c);
        c.launch(clock.instant());
        if (c.getClosesOn().isBefore(today())) {
            throw new InvalidCampaignException("closesOn", "survey.error.closesPast");
        }
        var orgs = audience.resolve(c);
        if (orgs.isEmpty()) {
            throw new InvalidCampaignException("audience", "survey.error.emptyAudience");
        }
        var ids = orgs.stream().map(OrganisationSummary::id).toList();
        var contacts = directory.contacts(ids);
        var refs = ids.stream().map(String::valueOf).toList();
        var libraries = accounts.heldRefs(ScopeKind.LIBRARY, refs);
        var chitalishta = accounts.heldRefs(ScopeKind.CHITALISHTE, refs);
        var rows = new ArrayList<Object[]>(orgs.size());
        var audienceOfNotice = new ArrayList<Notice.Audience>();
        for (var o : orgs) {
            String ref = String.valueOf(o.id());
            boolean library = o.kind() == bg.libpartners.directory.OrganisationKind.LIBRARY;
            boolean account = library ? libraries.contains(ref) : chitalishta.contains(ref);
            var contact = contacts.get(o.id());
            String email = contact == null ? null : firstEmail(contact.emails());
            // an account is told in the application; without an address the coordinator hands a link over
            String mailState = account ? "NONE" : email == null ? "NO_ADDRESS" : "PENDING";
            rows.add(new Object[] {
                c.getId(),
                o.id(),
                cut(o.name(), 500),
                o.kind().name(),
                o.oblastCode(),
                o.municipalityCode(),
                cut(o.settlementName(), 200),
                cut(email, 500),
                cut(contact == null ? null : contact.phones(), 500),
                account,
                mailState
            });
            if (account) {
                audienceOfNotice.add(Notice.Audience.scoped(
                        library ? Role.LIBRARIAN : Role.BOARD_MEMBER,
                        library ? ScopeKind.LIBRARY : ScopeKind.CHITALISHTE,
                        ref));
            }
        }
        invitations.insert(rows);
        campaigns.saveAndFlush(c);
        reports.forgetProgressAfterCommit(c.getId());
        if (!audienceOfNotice.isEmpty()) {
            events.publishEvent(new Notice(
                    "survey.invited",
                    audienceOfNotice,
                    "survey.notice.invited",
                    List.of(c.getTitle(), c.getClosesOn().toString()),
                    "/surveys/mine",
                    "survey.invited:" + c.getId()));
        }
        return rows.size();
    }

    /** A link row of the coordinator's list: who, how they are reached, how far they are. */
    public record LinkRow(
            long organisationId,
            String name,
            String kind,
            String oblastCode,
            String municipalityCode,
            String settlementName,
            String email,
            String phones,
            boolean hasAccount,
            String mailState,
            String status,
            int links) {}

    @Transactional(readOnly = true)
    public List<LinkRow> links(CurrentUser me, long id, String oblast, long offset, int limit) {
        var c = load(id);
        access.checkManage(me, c);
        return invitations.linkRows(id, blank(oblast) ? null : oblast, offset, limit);
    }

    /**
     * A new personal link for one invited organisation, to read over the phone or send another way. Shown this once:
     * only its hash is kept. Earlier links stay valid until the campaign closes.
     */
    @Transactional
    public String issueLink(CurrentUser me, long id, long organisationId) {
        var c = load(id);
        access.checkManage(me, c);
        if (c.getStatus() != CampaignStatus.OPEN) {
            throw new InvalidCampaignException("status", "survey.error.notOpen", c.getTitle());
        }
        var inv = invitations.get(id, organisationId);
        String token = LinkTokens.generate();
        invitations.issueLink(inv.id(), LinkTokens.hash(token), "COORDINATOR", me.id(), clock.instant());
        return linkOf(token);
    }

    /** A personal link issued for an organisation the mail cannot reach, with what the coordinator needs to reach it. */
    public record Handout(long organisationId, String name, String settlementName, String phones, String link) {}

    /** At most this many links are issued by one press; the rest on the next (those already holding a link last). */
    static final int HANDOUT_LIMIT = 1000;

    /**
     * A new personal link for every invited organisation without an e-mail address that has not answered yet
     * ({@code NO_ADDRESS}), optionally of one oblast, to print or read over the phone. Shown this once: only the
     * hashes are kept. Those given no link yet come first.
     */
    @Transactional
    public List<Handout> handouts(CurrentUser me, long id, String oblast) {
        var c = load(id);
        access.checkManage(me, c);
        if (c.getStatus() != CampaignStatus.OPEN) {
            throw new InvalidCampaignException("status", "survey.error.notOpen", c.getTitle());
        }
        var out = new ArrayList<Handout>();
        for (var row : invitations.withoutAddress(id, blank(oblast) ? null : oblast, HANDOUT_LIMIT)) {
            String token = LinkTokens.generate();
            invitations.issueLink(row.invitationId(), LinkTokens.hash(token), "COORDINATOR", me.id(), clock.instant());
            out.add(new Handout(row.organisationId(), row.name(), row.settlementName(), row.phones(), linkOf(token)));
        }
        return out;
    }

    String linkOf(String token) {
        return properties.baseUrl().replaceAll("/+$", "") + "/s/" + token;
    }

    Campaign load(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("survey.error.campaignNotFound", id));
    }

    static String firstEmail(String emails) {
        if (emails == null) {
            return null;
        }
        for (var e : emails.split("[,;\\s]+")) {
            if (e.contains("@") && e.length() <= 254) {
                return e.trim();
            }
        }
        return null;
    }

    static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
