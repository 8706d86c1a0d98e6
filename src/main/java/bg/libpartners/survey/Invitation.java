package bg.libpartners.survey;

import java.time.Instant;

/**
 * One organisation invited to a campaign, as read from {@code survey_invitation}: where it is, how it is reached
 * (an account, the register's e-mail, or a link given by the coordinator) and how far its answer is.
 *
 * @param mailState {@code PENDING} (to be mailed), {@code SENT}, {@code FAILED}, {@code NONE} (an account: told in the
 *     application) or {@code NO_ADDRESS} (no e-mail in the register: the coordinator hands a personal link over)
 * @param status {@code INVITED}, {@code STARTED} or {@code SUBMITTED}
 */
public record Invitation(
        long id,
        long campaignId,
        long organisationId,
        String organisationName,
        String kind,
        String oblastCode,
        String municipalityCode,
        String settlementName,
        String email,
        String phones,
        boolean hasAccount,
        String mailState,
        String status,
        Instant startedAt,
        Instant submittedAt) {}
