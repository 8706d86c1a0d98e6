package bg.libpartners.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * The proof, for one kind of notice raised by a real action, that the right people — and nobody else — get it in
 * their inbox, once, even when the same notice is delivered a second time (the event publication registry
 * re-publishes after a restart; a job runs on two nodes). The module tests call it right after the action.
 *
 * <p>Every kind of notice and the test that proves it with this class (a kind raised only by demo data is listed as
 * such; strangers are people of the same roles in another library, chitalishte, organisation or oblast):
 * <table>
 * <tr><th>kind</th><th>producing action</th><th>test</th></tr>
 * <tr><td>agreement.submitted, agreement.returned</td><td>AgreementService.submit, decide (return)</td>
 *     <td>NotificationIT.agreementSubmittedReachesTheBoardAndTheDecisionTheLibraryOnlyOnce</td></tr>
 * <tr><td>agreement.approved</td><td>AgreementService.decide (approve)</td>
 *     <td>NotificationIT.agreementApprovedReachesTheLibraryOnlyOnce</td></tr>
 * <tr><td>partnership.invited, partnership.confirmed, partnership.commented</td><td>PartnershipService</td>
 *     <td>NotificationIT.partnerInvitedConfirmedAndCommentsReachTheOtherSideOnly</td></tr>
 * <tr><td>partnership.ending</td><td>EndDateReminderJob.sendDue</td>
 *     <td>ReminderIT.remindsTheLibrarianOnceThirtyDaysBeforeTheEndAndNeverAgain</td></tr>
 * <tr><td>practice.submitted, practice.returned, practice.published</td><td>the practice pages</td>
 *     <td>NotificationIT.practiceSubmittedReachesTheOblastsCoordinatorAndTheReturnTheAuthor</td></tr>
 * <tr><td>support.requested, support.assigned, support.message</td><td>the support API</td>
 *     <td>SupportIT.aRequestGoesFromAskingThroughAssignmentAndAnswersToClosingRatingAndReopening</td></tr>
 * <tr><td>support.closed</td><td>AutoClose.run</td>
 *     <td>SupportIT.anAnswerLeftFourteenDaysIsClosedOnceWithOneNoticeHoweverOftenTheJobRuns</td></tr>
 * <tr><td>survey.invited</td><td>CampaignService.launch</td>
 *     <td>SurveyIT.launchRecordsInvitationsAtOnceAndMailsPersonalLinksInTheBackgroundOnce</td></tr>
 * <tr><td>survey.reminder</td><td>SurveyReminderJob.sendDue</td>
 *     <td>SurveyIT.remindersGoOncePerOrganisationAndStage</td></tr>
 * <tr><td>survey.reopened</td><td>the reopen API</td>
 *     <td>SurveyIT.submittedPartnershipsBecomeDraftsOnceAndResubmittingUpdatesThem</td></tr>
 * <tr><td>event.invited, event.registered, event.waitlisted, event.promoted, event.reminder,
 *     event.action.assigned, event.action.due, event.cancelled</td><td>EventService, RegistrationService,
 *     MinutesService, EventReminderJob</td><td>EventIT.eachEventNoticeReachesItsPeopleAndNoStrangerOnce</td></tr>
 * <tr><td>funding.call-published</td><td>CallService.publish (every librarian; for a call of some oblasts only
 *     their librarians)</td><td>FundingIT.publicSeesOpenCallsAndPublishingTellsLibrarians,
 *     FundingIT.aCallForSomeOblastsIsToldOnlyToTheLibrariansThere</td></tr>
 * <tr><td>funding.application-submitted</td><td>ApplicationService.submit</td>
 *     <td>FundingIT.submitsAnEligibleApplicationAndTellsTheAdmins</td></tr>
 * <tr><td>funding.reviewer-assigned</td><td>ReviewService.assign</td>
 *     <td>FundingIT.reviewersDeclareFirstScoreWithinTheScaleAndAConflictRemovesThem</td></tr>
 * <tr><td>funding.decision</td><td>DecisionService.decide</td>
 *     <td>FundingIT.refusesADecisionOverTheRemainingBudgetWith409AndWritesNothing</td></tr>
 * <tr><td>funding.tranche-paid, funding.report-submitted, funding.report-reviewed</td><td>GrantService</td>
 *     <td>FundingGrantIT.reportsCarrySpendingPerBudgetLineAndTheFinalTranchWaitsForTheFinalReport</td></tr>
 * <tr><td>account.erasure-requested, account.erasure-declined</td><td>the erasure pages</td>
 *     <td>ErasureNoticeIT (inbox rows of the admins and the person, without this class)</td></tr>
 * <tr><td>insight.monthly</td><td>Subscriptions.sendMonthly</td>
 *     <td>InsightIT.theMonthlyReportGoesOncePerPersonAndMonth</td></tr>
 * <tr><td>demo.welcome</td><td>NotificationDemoData (demo profile only)</td><td>none: not a programme notice</td></tr>
 * </table>
 */
public final class NoticeProof {

    private final ApplicationContext context;
    private final JdbcClient jdbc;

    public NoticeProof(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A person holding {@code role} in another scope than the notice's: they must never get it. */
    public CurrentUser stranger(Role role, Scope... scope) {
        return account(role, scope);
    }

    /** A new active account with this role and these scopes (a real one: an inbox row needs its user). */
    public CurrentUser account(Role role, Scope... scope) {
        var email = role.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime() + "@notice.example.org";
        context.getBean(AccountService.class)
                .create(email, "Проба " + role, role, "a-long-enough-password-1", Locale.forLanguageTag("bg"), scope);
        return (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);
    }

    /**
     * Everyone a notice to the holders of {@code role} in a scope must reach (the active users with that role and
     * scope), {@code someone} among them; compared with what the notice reached, it shows nobody else got it.
     */
    public List<Long> holding(Role role, bg.libpartners.account.ScopeKind kind, String ref, CurrentUser someone) {
        var ids = jdbc.sql(
                        "select u.id from app_user u join user_scope s on s.user_id = u.id where u.role = :role "
                                + "and u.enabled = true and u.erased_at is null and s.kind = :kind and s.ref = :ref order by u.id")
                .param("role", role.name())
                .param("kind", kind.name())
                .param("ref", ref)
                .query(Long.class)
                .list();
        assertThat(ids).contains(someone.id());
        return ids;
    }

    /** Everyone a notice to all holders of {@code role} must reach, {@code someone} among them. */
    public List<Long> holding(Role role, CurrentUser someone) {
        var ids = jdbc.sql("select id from app_user where role = :role and enabled = true and erased_at is null "
                        + "order by id")
                .param("role", role.name())
                .query(Long.class)
                .list();
        assertThat(ids).contains(someone.id());
        return ids;
    }

    /**
     * Waits for the inbox rows of the notices of {@code kind} whose once-key is {@code key} or starts with {@code key:},
     * and
     * proves: exactly the {@code expected} people have them, each once per notice, none of the {@code strangers};
     * every such notice published (recorded in {@code events}) delivered again adds nothing.
     */
    public void reachesOnlyOnce(
            ApplicationEvents events, String kind, String key, Collection<Long> expected, Collection<Long> strangers) {
        prove(events, kind, key, expected, strangers, true);
    }

    /**
     * The same for a notice whose audience is wider than the people a test can name (every role of an oblast, say):
     * {@code including} get it, none of the {@code strangers}, each once, and delivering it again adds nothing.
     */
    public void reachesThemButNoStranger(
            ApplicationEvents events, String kind, String key, Collection<Long> including, Collection<Long> strangers) {
        prove(events, kind, key, including, strangers, false);
    }

    private void prove(
            ApplicationEvents events,
            String kind,
            String key,
            Collection<Long> expected,
            Collection<Long> strangers,
            boolean exactly) {
        await().atMost(Duration.ofSeconds(20)).until(() -> holders(kind, key).containsAll(expected));
        var published = events.stream(Notice.class)
                .filter(n -> n.kind().equals(kind)
                        && (n.onceKey().equals(key) || n.onceKey().startsWith(key + ":")))
                .toList();
        assertThat(published).as("notices of %s published", kind).isNotEmpty();
        var before = rows(kind, key);
        var holders = holders(kind, key);
        assertThat(holders).as("who got %s", kind).containsAll(expected).doesNotContainAnyElementsOf(strangers);
        if (exactly) {
            assertThat(holders).as("who got %s", kind).hasSameSizeAs(new java.util.HashSet<>(expected));
        }
        assertThat(before)
                .as("one row per person and notice of %s", kind)
                .isEqualTo(jdbc.sql(
                                "select count(distinct concat(concat(cast(user_id as varchar(20)), ' '), once_key)) from notification "
                                        + "where kind = :kind and (once_key = :key or once_key like :k)")
                        .param("kind", kind)
                        .param("key", key)
                        .param("k", key + ":%")
                        .query(Long.class)
                        .single());
        var delivery = context.getBean(NoticeDelivery.class);
        for (var notice : published) {
            assertThat(delivery.deliver(notice))
                    .as("%s delivered again", notice.onceKey())
                    .isZero();
        }
        assertThat(rows(kind, key)).isEqualTo(before);
    }

    /** The once-key of the latest notice of {@code kind} published in this test. */
    public static String lastKey(ApplicationEvents events, String kind) {
        var keys = events.stream(Notice.class)
                .filter(n -> n.kind().equals(kind))
                .map(Notice::onceKey)
                .toList();
        assertThat(keys).as("notices of %s published", kind).isNotEmpty();
        return keys.get(keys.size() - 1);
    }

    private List<Long> holders(String kind, String key) {
        return jdbc.sql("select distinct user_id from notification where kind = :kind "
                        + "and (once_key = :key or once_key like :k) order by user_id")
                .param("kind", kind)
                .param("key", key)
                .param("k", key + ":%")
                .query(Long.class)
                .list();
    }

    private long rows(String kind, String key) {
        return jdbc.sql("select count(*) from notification where kind = :kind "
                        + "and (once_key = :key or once_key like :k)")
                .param("kind", kind)
                .param("key", key)
                .param("k", key + ":%")
                .query(Long.class)
                .single();
    }
}
