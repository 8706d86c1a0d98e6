package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Start-page tasks: a librarian's (or board member's) surveys still to answer, with the last day; a coordinator's
 * running campaigns with how many have answered, and the partners proposed from answers waiting for a decision.
 */
@Component
class SurveyTaskSource implements TaskSource {

    private final Answering answering;
    private final CampaignService campaigns;
    private final SurveyReportService reports;
    private final ProposalService proposals;
    private final Clock clock;

    SurveyTaskSource(
            Answering answering,
            CampaignService campaigns,
            SurveyReportService reports,
            ProposalService proposals,
            Clock clock) {
        this.answering = answering;
        this.campaigns = campaigns;
        this.reports = reports;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        var tasks = new ArrayList<Task>();
        if (user == null) {
            return tasks;
        }
        LocalDate today = LocalDate.now(clock.withZone(SurveyClock.SOFIA));
        if (user.role() == Role.LIBRARIAN || user.role() == Role.BOARD_MEMBER) {
            for (var inv : answering.mine(user)) {
                if (!"SUBMITTED".equals(inv.status())) {
                    var c = campaigns.load(inv.campaignId());
                    tasks.add(new Task(
                            "survey.to-answer",
                            List.of(c.getTitle(), inv.organisationName()),
                            "/surveys/" + c.getId() + "/answer/" + inv.organisationId(),
                            c.getClosesOn(),
                            c.getLaunchedAt(),
                            !today.isBefore(c.getClosesOn().minusDays(2))));
                }
            }
        } else if (user.isAdmin() || user.role() == Role.COORDINATOR) {
            for (var c : campaigns.list(user)) {
                if (c.status() == CampaignStatus.OPEN) {
                    var p = reports.progress(c.id());
                    tasks.add(new Task(
                            "survey.progress",
                            List.of(c.title(), String.valueOf(p.submitted()), String.valueOf(p.invited())),
                            "/surveys/" + c.id() + "/progress",
                            c.closesOn(),
                            c.launchedAt(),
                            false));
                }
            }
            int open = proposals.open(user).size();
            if (open > 0) {
                tasks.add(new Task(
                        "survey.proposals", List.of(String.valueOf(open)), "/surveys/proposals", null, null, false));
            }
        }
        return tasks.size() > 30 ? tasks.subList(0, 30) : tasks;
    }
}
