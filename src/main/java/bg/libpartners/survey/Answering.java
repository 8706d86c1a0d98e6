package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.Mailer;
import bg.libpartners.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answering a campaign, by personal link (no sign-in; the link opens only its organisation's form) or from an
 * account: read, save a draft, submit, and the coordinator's reopening. A save names every wrong answer and writes
 * nothing; the version read must be sent back, so the later of two tabs gets a 409.
 */
@Service
public class Answering {

    private final InvitationStore invitations;
    private final Campaigns campaigns;
    private final Responses responses;
    private final AnswerStore answers;
    private final AnswerValidation validation;
    private final QuestionnaireService questionnaires;
    private final RegistryFeed feed;
    private final SurveyAccess access;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final CampaignService campaignService;
    private final SurveyReportService reports;
    private final Clock clock;

    Answering(
            InvitationStore invitations,
            Campaigns campaigns,
            Responses responses,
            AnswerStore answers,
            AnswerValidation validation,
            QuestionnaireService questionnaires,
            RegistryFeed feed,
            SurveyAccess access,
            ApplicationEventPublisher events,
            Mailer mailer,
            CampaignService campaignService,
            SurveyReportService reports,
            Clock clock) {
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.responses = responses;
        this.answers = answers;
        this.validation = validation;
        this.questionnaires = questionnaires;
        this.feed = feed;
        this.access = access;
        this.events = events;
        this.mailer = mailer;
        this.campaignService = campaignService;
        this.reports = reports;
        this.clock = clock;
    }

    // ---- by personal link

    @Transactional(readOnly = true)
    public AnswerForm byLink(String token) {
        return form(invitationOfLink(token));
    }

    @Transactional
    public AnswerForm saveByLink(String token, Values values, Long version) {
        return save(invitationOfLink(token), values, version, false);
    }

    @Transactional
    public AnswerForm submitByLink(String token, Values values, Long version) {
        return save(invitationOfLink(token), values, version, true);
    }

    /** Throws as {@link #byLink} does when the link opens nothing (404) or has expired (410). */
    @Transactional(readOnly = true)
    public void checkLink(String token) {
        invitationOfLink(token);
    }

    /**
     * The invitation a link opens; 404 for an unknown link, 410 once its campaign has closed (the link expires with
     * the campaign).
     */
    Invitation invitationOfLink(String token) {
        if (!LinkTokens.wellFormed(token)) {
            throw new NotFoundException("survey.error.linkUnknown");
        }
        var inv = invitations
                .byTokenHash(LinkTokens.hash(token))
                .orElseThrow(() -> new NotFoundException("survey.error.linkUnknown"));
        var c = campaign(inv.campaignId());
        if (c.getStatus() == CampaignStatus.CLOSED || today().isAfter(c.getClosesOn())) {
            throw new LinkExpiredException("survey.error.linkExpired", SurveyFormat.date(c.getClosesOn()));
        }
        return inv;
    }

    // ---- from an account

    /** The open invitations of the libraries (or chitalishte) this person answers for. */
    @Transactional(readOnly = true)
    public List<Invitation> mine(CurrentUser me) {
        if (me == null) {
            return List.of();
        }
        var refs = new java.util.HashSet<String>();
        if (me.role() == Role.LIBRARIAN) {
            refs.addAll(me.refs(ScopeKind.LIBRARY));
        } else if (me.role() == Role.BOARD_MEMBER) {
            refs.addAll(me.refs(ScopeKind.CHITALISHTE));
        }
        return invitations.ofOrganisations(refs).stream()
                .filter(i -> access.mayAnswer(me, i))
                .toList();
    }

    @Transactional(readOnly = true)
    public AnswerForm read(CurrentUser me, long campaignId, long organisationId) {
        var inv = invitations
                .find(campaignId, organisationId)
                .filter(i -> access.mayRead(me, i))
                .orElseThrow(() -> new NotFoundException("survey.error.invitationNotFound", organisationId));
        return form(inv);
    }

    @Transactional
    public AnswerForm save(
            CurrentUser me, long campaignId, long organisationId, Values values, Long version, boolean submit) {
        var inv = invitations
                .find(campaignId, organisationId)
                .orElseThrow(() -> new NotFoundException("survey.error.invitationNotFound", organisationId));
        access.checkAnswer(me, inv);
        return save(inv, values, version, submit);
    }

    /** A coordinator (or admin) opens a submitted answer again; the library is told and may change and resubmit it. */
    @Transactional
    public void reopen(CurrentUser me, long campaignId, long organisationId) {
        var c = campaign(campaignId);
        access.checkManage(me, c);
        var inv = invitations.get(campaignId, organisationId);
        var r = responses
                .findByInvitationId(inv.id())
                .filter(x -> x.getStatus() == ResponseStatus.SUBMITTED)
                .orElseThrow(() -> new ConflictException("survey.error.notSubmitted", inv.organisationName()));
        if (!c.acceptsAnswersOn(today())) {
            throw new ConflictException("survey.error.closed", SurveyFormat.date(c.getClosesOn()));
        }
        r.reopen(clock.instant());
        responses.saveAndFlush(r);
        invitations.status(inv.id(), "STARTED", clock.instant());
        reports.forgetProgressAfterCommit(c.getId());
        String stage = "REOPEN-" + r.getSubmissions();
        if (inv.hasAccount()) {
            boolean library = "LIBRARY".equals(inv.kind());
            events.publishEvent(new Notice(
                    "survey.reopened",
                    List.of(Notice.Audience.scoped(
                            library ? Role.LIBRARIAN : Role.BOARD_MEMBER,
                            library ? ScopeKind.LIBRARY : ScopeKind.CHITALISHTE,
                            inv.organisationId())),
                    "survey.notice.reopened",
                    List.of(c.getTitle(), c.getClosesOn().toString()),
                    "/surveys/" + c.getId() + "/answer/" + inv.organisationId(),
                    "survey.reopened:" + c.getId() + ":" + inv.organisationId() + ":" + r.getSubmissions()));
            invitations.recordSent(c.getId(), inv.organisationId(), stage, "NOTICE", clock.instant());
        } else if (inv.email() != null
                && invitations.recordSent(c.getId(), inv.organisationId(), stage, "EMAIL", clock.instant())) {
            String token = LinkTokens.generate();
            invitations.issueLink(inv.id(), LinkTokens.hash(token), "EMAIL", me.id(), clock.instant());
            String link = campaignService.linkOf(token);
            String title = c.getTitle();
            String closes = SurveyFormat.date(c.getClosesOn());
            afterCommit(() -> mailer.send(
                    inv.email(), Inventory.BG, "survey.mail.reopened", title, closes, link, inv.organisationName()));
        }
    }

    /** For demo data and tests: the invitation of an organisation, without a user. */
    Invitation invitationsOf(long campaignId, long organisationId) {
        return invitations.get(campaignId, organisationId);
    }

    @Transactional
    AnswerForm saveAs(Invitation inv, Values values, Long version, boolean submit) {
        return save(inv, values, version, submit);
    }

    // ---- the one path for both

    private AnswerForm save(Invitation inv, Values values, Long version, boolean submit) {
        var c = campaign(inv.campaignId());
        var r = responses.findByInvitationId(inv.id()).orElse(null);
        if (r != null && r.getStatus() == ResponseStatus.SUBMITTED) {
            throw new ConflictException("survey.error.alreadySubmitted", SurveyFormat.instant(r.getSubmittedAt()));
        }
        if (!c.acceptsAnswersOn(today())) {
            throw new ConflictException(
                    today().isAfter(c.getClosesOn()) ? "survey.error.closed" : "survey.error.notYetOpen",
                    SurveyFormat.date(c.getClosesOn()),
                    SurveyFormat.date(c.getOpensOn()));
        }
        long questionnaireId = r == null ? c.getQuestionnaireId() : r.getQuestionnaireId();
        var definition = questionnaires.definition(questionnaireId);
        var clean = validation.check(definition, values == null ? Values.empty() : values, submit);
        var now = clock.instant();
        if (r == null) {
            if (version != null && version != 0) {
                throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Response.class, inv.id());
            }
            r = responses.save(new Response(inv.id(), c.getId(), questionnaireId, now));
            responses.flush();
        } else {
            r.expectVersion(bg.libpartners.platform.ExpectedVersion.required(version, "version"));
            r.saved(now);
            // the version moves on first: a second tab waits on this row and then finds its version stale
            responses.saveAndFlush(r);
        }
        answers.replace(r.getId(), clean);
        if (submit) {
            r.submit(now);
            invitations.status(inv.id(), "SUBMITTED", now);
        } else {
            invitations.status(inv.id(), "STARTED", now);
        }
        reports.forgetProgressAfterCommit(c.getId());
        responses.saveAndFlush(r);
        if (submit) {
            feed.submitted(c, inv, definition, clean);
        }
        // the answers just written, as a read of them would give them back
        return form(inv, c, r, AnswerStore.asStored(clean));
    }

    private AnswerForm form(Invitation inv) {
        return form(
                inv,
                campaign(inv.campaignId()),
                responses.findByInvitationId(inv.id()).orElse(null));
    }

    private AnswerForm form(Invitation inv, Campaign c, Response r) {
        return form(inv, c, r, null);
    }

    private AnswerForm form(Invitation inv, Campaign c, Response r, Values known) {
        long questionnaireId = r == null ? c.getQuestionnaireId() : r.getQuestionnaireId();
        var q = questionnaires.read(questionnaireId);
        var values = known != null ? known : r == null ? Values.empty() : answers.load(r.getId(), q.definition());
        return new AnswerForm(
                c.getId(),
                c.getTitle(),
                c.getPurpose(),
                c.getClosesOn(),
                inv.organisationId(),
                inv.organisationName(),
                q,
                values,
                r == null ? ResponseStatus.DRAFT : r.getStatus(),
                r == null ? null : r.getSubmittedAt(),
                r == null ? 0 : r.getVersion(),
                c.acceptsAnswersOn(today()));
    }

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("survey.error.campaignNotFound", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SurveyClock.SOFIA));
    }

    static void afterCommit(Runnable r) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    r.run();
                }
            });
        } else {
            r.run();
        }
    }

    static Locale bg() {
        return Inventory.BG;
    }
}
