package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.DirectoryEditor;
import bg.libpartners.directory.OrganisationInput;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.taxonomy.PartnerType;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners reported in answers that matched nothing in the directory, proposed to the coordinator of the answering
 * library's oblast: confirm (a new directory entry), merge with an existing organisation (one of the suggestions), or
 * reject. A confirmed or merged partner is added to the reported partnership at once.
 */
@Service
public class ProposalService {

    public record Proposal(
            long id,
            long campaignId,
            long organisationId,
            int item,
            int slot,
            String name,
            String eik,
            String settlement,
            String partnerType,
            String oblastCode,
            String status,
            Long resolvedId) {}

    private final JdbcTemplate jdbc;
    private final SqlInstants instants;
    private final Directory directory;
    private final DirectoryEditor editor;
    private final Campaigns campaigns;
    private final InvitationStore invitations;
    private final Responses responses;
    private final AnswerStore answers;
    private final QuestionnaireService questionnaires;
    private final RegistryFeed feed;
    private final Clock clock;

    ProposalService(
            JdbcTemplate jdbc,
            SqlInstants instants,
            Directory directory,
            DirectoryEditor editor,
            Campaigns campaigns,
            InvitationStore invitations,
            Responses responses,
            AnswerStore answers,
            QuestionnaireService questionnaires,
            RegistryFeed feed,
            Clock clock) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.directory = directory;
        this.editor = editor;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.responses = responses;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.feed = feed;
        this.clock = clock;
    }

    private static final String COLUMNS = "id, campaign_id, organisation_id, item_index, slot, name, eik, settlement,"
            + " partner_type, oblast_code, status, resolved_id";

    private static Proposal row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Proposal(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                (Long) rs.getObject(12, Long.class));
    }

    /** The open proposals this person decides: a coordinator's oblasts, every one for an admin. */
    @Transactional(readOnly = true)
    public List<Proposal> open(CurrentUser me) {
        check(me);
        return jdbc
                .query(
                        "select " + COLUMNS + " from survey_partner_proposal where status = 'PROPOSED'"
                                + " order by id",
                        ProposalService::row)
                .stream()
                .filter(p -> covers(me, p))
                .limit(500)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> suggestions(CurrentUser me, long id) {
        var p = get(me, id);
        return directory.suggest(p.name(), 5).stream()
                .filter(o -> o.kind() == OrganisationKind.PARTNER)
                .toList();
    }

    @Transactional
    public long confirm(CurrentUser me, long id) {
        var p = undecided(me, id);
        PartnerType type = null;
        try {
            type = p.partnerType() == null ? null : PartnerType.valueOf(p.partnerType());
        } catch (IllegalArgumentException e) {
            // left empty: the coordinator completes the entry in the directory
        }
        long org = editor.create(
                me,
                new OrganisationInput(
                        OrganisationKind.PARTNER,
                        p.name(),
                        p.eik(),
                        OrganisationStatus.ACTIVE,
                        null,
                        type,
                        null,
                        null,
                        "BG",
                        p.settlement(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null));
        decide(me, p, "CONFIRMED", org);
        return org;
    }

    @Transactional
    public void merge(CurrentUser me, long id, long organisationId) {
        var p = undecided(me, id);
        var org = directory
                .findOptional(organisationId)
                .filter(o -> o.kind() == OrganisationKind.PARTNER)
                .orElseThrow(() -> new InvalidCampaignException(
                        "organisationId", "survey.error.mergeUnknown", String.valueOf(organisationId)));
        decide(me, p, "MERGED", org.id());
    }

    @Transactional
    public void reject(CurrentUser me, long id) {
        var p = undecided(me, id);
        decide(me, p, "REJECTED", null);
    }

    private void decide(CurrentUser me, Proposal p, String status, Long resolved) {
        jdbc.update(
                "update survey_partner_proposal set status = ?, resolved_id = ?, decided_by = ?, decided_at = ?"
                        + " where id = ?",
                status,
                resolved,
                me.id(),
                instants.bind(clock.instant()),
                p.id());
        if (resolved == null) {
            return;
        }
        // the reported partnership gets the partner now: the submitted answer is fed again
        var c = campaigns.findById(p.campaignId()).orElseThrow();
        var inv = invitations.get(p.campaignId(), p.organisationId());
        responses
                .findByInvitationId(inv.id())
                .filter(r -> r.getStatus() == ResponseStatus.SUBMITTED)
                .ifPresent(r -> {
                    var d = questionnaires.definition(r.getQuestionnaireId());
                    feed.submitted(c, inv, d, answers.load(r.getId(), d));
                });
    }

    private Proposal undecided(CurrentUser me, long id) {
        var p = get(me, id);
        if (!"PROPOSED".equals(p.status())) {
            throw new ConflictException("survey.error.proposalDecided", p.name());
        }
        return p;
    }

    private Proposal get(CurrentUser me, long id) {
        check(me);
        var p = jdbc
                .query("select " + COLUMNS + " from survey_partner_proposal where id = ?", ProposalService::row, id)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("survey.error.proposalNotFound", id));
        if (!covers(me, p)) {
            throw new AccessDeniedException("proposal " + id);
        }
        return p;
    }

    private static void check(CurrentUser me) {
        if (me == null || !(me.isAdmin() || me.role() == Role.COORDINATOR)) {
            throw new AccessDeniedException("proposals");
        }
    }

    private static boolean covers(CurrentUser me, Proposal p) {
        return me.isAdmin()
                || p.oblastCode() != null && me.refs(ScopeKind.OBLAST).contains(p.oblastCode());
    }
}
