package bg.libpartners.survey;

import java.util.Map;

/**
 * How far a campaign is: invited, started (a draft saved) and submitted, overall and by oblast and municipality.
 *
 * @param mailed invitations mailed so far; {@code mailPending} still waiting in the background (0 once a closed
 *     campaign can send no more)
 * @param noAddress invitations without an e-mail address, to be reached by a personal link the coordinator hands over
 */
public record Progress(
        long invited,
        long started,
        long submitted,
        long mailed,
        long mailPending,
        long noAddress,
        Map<String, Counts> byOblast,
        Map<String, Counts> byMunicipality) {

    public record Counts(long invited, long started, long submitted) {

        Counts plus(String status, long n) {
            return new Counts(
                    invited + n,
                    started + ("STARTED".equals(status) ? n : 0),
                    submitted + ("SUBMITTED".equals(status) ? n : 0));
        }

        public long percent() {
            return invited == 0 ? 0 : Math.round(submitted * 100.0 / invited);
        }
    }

    public long percent() {
        return invited == 0 ? 0 : Math.round(submitted * 100.0 / invited);
    }
}
