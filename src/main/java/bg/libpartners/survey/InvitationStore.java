package bg.libpartners.survey;

import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.SqlInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes invitations and links with plain statements: a launch writes thousands in one batch. */
@Component
class InvitationStore {

    static final String COLUMNS = "i.id, i.campaign_id, i.organisation_id, i.organisation_name, i.kind, i.oblast_code,"
            + " i.municipality_code, i.settlement_name, i.email, i.phones, i.has_account, i.mail_state, i.status,"
            + " i.started_at, i.submitted_at";

    private final JdbcTemplate jdbc;
    private final SqlInstants instants;

    InvitationStore(JdbcTemplate jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    /** An invitation of a query selecting {@link #COLUMNS}. */
    Invitation row(ResultSet rs, int n) throws SQLException {
        return new Invitation(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getBoolean(11),
                rs.getString(12),
                rs.getString(13),
                instants.read(rs, 14),
                instants.read(rs, 15));
    }

    void insert(List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into survey_invitation (campaign_id, organisation_id, organisation_name, kind,"
                        + " oblast_code, municipality_code, settlement_name, email, phones, has_account, mail_state, status)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INVITED')",
                rows);
    }

    Optional<Invitation> find(long campaignId, long organisationId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from survey_invitation i where i.campaign_id = ?"
                                + " and i.organisation_id = ?",
                        this::row,
                        campaignId,
                        organisationId)
                .stream()
                .findFirst();
    }

    Invitation get(long campaignId, long organisationId) {
        return find(campaignId, organisationId)
                .orElseThrow(() -> new NotFoundException("survey.error.invitationNotFound", organisationId));
    }

    Optional<Invitation> byTokenHash(String hash) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from survey_invitation i join survey_link l on l.invitation_id = i.id"
                                + " where l.token_hash = ?",
                        this::row,
                        hash)
                .stream()
                .findFirst();
    }

    /** The open invitations of organisations, newest campaign first (for start pages). */
    List<Invitation> ofOrganisations(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.query(
                "select " + COLUMNS + " from survey_invitation i join survey_campaign c on c.id = i.campaign_id"
                        + " where c.status = 'OPEN' and i.organisation_id in (" + marks
                        + ") order by c.closes_on, i.id",
                this::row,
                ids.stream().map(Long::valueOf).toArray());
    }

    void issueLink(long invitationId, String tokenHash, String channel, Long issuedBy, Instant now) {
        jdbc.update(
                "insert into survey_link (token_hash, invitation_id, channel, issued_by, issued_at)"
                        + " values (?, ?, ?, ?, ?)",
                tokenHash,
                invitationId,
                channel,
                issuedBy,
                instants.bind(now));
    }

    /** Records a send of this stage; false when it was recorded before (by another node, or before a restart). */
    boolean recordSent(long campaignId, long organisationId, String stage, String channel, Instant now) {
        return jdbc.update(
                        "insert into survey_sent (campaign_id, organisation_id, stage, channel, sent_at)"
                                + " select ?, ?, ?, ?, ? from (values (1)) x where not exists (select 1 from survey_sent"
                                + " where campaign_id = ? and organisation_id = ? and stage = ?)",
                        campaignId,
                        organisationId,
                        stage,
                        channel,
                        instants.bind(now),
                        campaignId,
                        organisationId,
                        stage)
                == 1;
    }

    void status(long invitationId, String status, Instant now) {
        if ("STARTED".equals(status)) {
            jdbc.update(
                    "update survey_invitation set status = 'STARTED', started_at = coalesce(started_at, ?)"
                            + " where id = ? and status = 'INVITED'",
                    instants.bind(now),
                    invitationId);
        } else if ("SUBMITTED".equals(status)) {
            jdbc.update(
                    "update survey_invitation set status = 'SUBMITTED', submitted_at = ?,"
                            + " started_at = coalesce(started_at, ?) where id = ?",
                    instants.bind(now),
                    instants.bind(now),
                    invitationId);
        } else {
            jdbc.update("update survey_invitation set status = ? where id = ?", status, invitationId);
        }
    }

    /**
     * A duplicate was merged into {@code kept} in the directory: what the survey keeps per organisation (invitations,
     * reminders sent, partnerships reported, partner proposals) is the kept one's from now, in every campaign the kept
     * one was not invited to as well; where it was, the removed organisation's rows stay as the record of that answer,
     * under the name they were invited with (a campaign holds an organisation once). A partner proposal resolved to
     * the removed organisation is resolved to the kept one.
     */
    void followMerge(long kept, String keptName, long removed) {
        jdbc.update(
                "update survey_invitation i set organisation_id = ?, organisation_name = ?"
                        + " where i.organisation_id = ? and not exists (select 1 from survey_invitation k"
                        + " where k.campaign_id = i.campaign_id and k.organisation_id = ?)",
                kept,
                keptName,
                removed,
                kept);
        jdbc.update(
                "update survey_sent s set organisation_id = ? where s.organisation_id = ?"
                        + " and not exists (select 1 from survey_invitation k where k.campaign_id = s.campaign_id"
                        + " and k.organisation_id = ?)",
                kept,
                removed,
                removed);
        jdbc.update(
                "update survey_reported r set organisation_id = ? where r.organisation_id = ?"
                        + " and not exists (select 1 from survey_invitation k where k.campaign_id = r.campaign_id"
                        + " and k.organisation_id = ?)",
                kept,
                removed,
                removed);
        jdbc.update(
                "update survey_partner_proposal p set organisation_id = ? where p.organisation_id = ?"
                        + " and not exists (select 1 from survey_invitation k where k.campaign_id = p.campaign_id"
                        + " and k.organisation_id = ?)",
                kept,
                removed,
                removed);
        jdbc.update("update survey_partner_proposal set resolved_id = ? where resolved_id = ?", kept, removed);
    }

    void mailState(long invitationId, String state) {
        jdbc.update("update survey_invitation set mail_state = ? where id = ?", state, invitationId);
    }

    List<CampaignService.LinkRow> linkRows(long campaignId, String oblast, long offset, int limit) {
        return jdbc.query(
                "select i.organisation_id, i.organisation_name, i.kind, i.oblast_code, i.municipality_code,"
                        + " i.settlement_name, i.email, i.phones, i.has_account, i.mail_state, i.status,"
                        + " (select count(*) from survey_link l where l.invitation_id = i.id)"
                        + " from survey_invitation i where i.campaign_id = ? and (cast(? as varchar(3)) is null or i.oblast_code = ?)"
                        + " order by i.oblast_code, i.municipality_code, i.organisation_name, i.id"
                        + " offset ? rows fetch next ? rows only",
                (rs, n) -> new CampaignService.LinkRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBoolean(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getInt(12)),
                campaignId,
                oblast,
                oblast,
                offset,
                limit);
    }

    record Unreachable(long invitationId, long organisationId, String name, String settlementName, String phones) {}

    /** The invitations without an e-mail address not yet answered, those with no link yet first. */
    List<Unreachable> withoutAddress(long campaignId, String oblast, int limit) {
        return jdbc.query(
                "select i.id, i.organisation_id, i.organisation_name, i.settlement_name, i.phones"
                        + " from survey_invitation i where i.campaign_id = ? and i.mail_state = 'NO_ADDRESS'"
                        + " and i.status <> 'SUBMITTED' and (cast(? as varchar(3)) is null or i.oblast_code = ?)"
                        + " order by (select count(*) from survey_link l where l.invitation_id = i.id), i.oblast_code,"
                        + " i.municipality_code, i.organisation_name, i.id fetch first ? rows only",
                (rs, n) -> new Unreachable(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                campaignId,
                oblast,
                oblast,
                limit);
    }
}
