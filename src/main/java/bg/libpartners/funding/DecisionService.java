package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin's decision on an application: approve with an amount (a grant with its tranches follows), reserve list,
 * or reject, with reasons for the applicant. Approvals lock the call's row first, so the awarded sum never passes
 * the budget even when admins decide at once; the one that would pass it gets 409 and nothing is written.
 */
@Service
public class DecisionService {

    public enum Outcome {
        APPROVE,
        RESERVE,
        REJECT
    }

    /** @param advanceShare per cent paid in advance (the rest after the final report); 70 when not given */
    public record DecisionInput(
            Outcome outcome, BigDecimal amount, String reason, BigDecimal advanceShare, Long version) {}

    private static final int ATTEMPTS = 5;

    private final Calls calls;
    private final ApplicationService applications;
    private final Applications applicationRows;
    private final Grants grants;
    private final Tranches tranches;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DecisionService(
            Calls calls,
            ApplicationService applications,
            Applications applicationRows,
            Grants grants,
            Tranches tranches,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.applicationRows = applicationRows;
        this.grants = grants;
        this.tranches = tranches;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Decides in one transaction; when the call's lock cannot be had in time (many admins at once on a slow
     * database) it is tried again, a few times, before giving up with 409.
     */
    public ApplicationService.ApplicationView decide(CurrentUser me, long applicationId, DecisionInput in) {
        FundingAccess.checkAdmin(me);
        validate(in);
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> decideOnce(me, applicationId, in));
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException("funding.error.busy");
                }
            }
        }
    }

    private ApplicationService.ApplicationView decideOnce(CurrentUser me, long applicationId, DecisionInput in) {
        var a = applications.load(applicationId);
        a.expectVersion(in.version());
        if (!a.getStatus().decidable()) {
            throw new ConflictException(
                    "funding.error.notDecidable", a.getStatus().name());
        }
        var now = clock.instant();
        var reason = in.reason() == null || in.reason().isBlank()
                ? null
                : in.reason().trim();
        if (in.outcome() == Outcome.APPROVE) {
            if (in.amount().compareTo(a.getRequested()) > 0) {
                throw new InvalidFundingException(
                        "amount", "funding.error.overRequested", Money.format(a.getRequested()));
            }
            var call = calls.findLocked(a.getCallId())
                    .orElseThrow(() -> new NotFoundException("funding.error.callNotFound", a.getCallId()));
            call.award(Money.euro(in.amount()));
            a.decide(ApplicationStatus.APPROVED, Money.euro(in.amount()), reason, me.id(), now);
            applicationRows.saveAndFlush(a);
            calls.saveAndFlush(call);
            grant(a, Money.euro(in.amount()), in.advanceShare());
        } else {
            a.decide(
                    in.outcome() == Outcome.RESERVE ? ApplicationStatus.RESERVE : ApplicationStatus.REJECTED,
                    null,
                    reason,
                    me.id(),
                    now);
            applicationRows.saveAndFlush(a);
        }
        events.publishEvent(new Notice(
                "funding.decision",
                List.of(Notice.Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, a.getLibraryId())),
                "funding.notice.decision." + in.outcome().name(),
                List.of(
                        a.getTitle(),
                        in.amount() == null ? "" : Money.format(in.amount()),
                        reason == null ? "—" : reason),
                "/funding/applications/" + applicationId,
                "funding.decision:" + applicationId + ":" + a.getStatus().name()));
        return applications.view(me, a);
    }

    private void grant(Application a, BigDecimal amount, BigDecimal advanceShare) {
        var today = LocalDate.now(clock.withZone(CallInput.SOFIA));
        var activities = a.getActivities();
        var start = activities.stream()
                .map(Application.Activity::start)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(today);
        var end = activities.stream()
                .map(Application.Activity::end)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(start.plusYears(1).minusDays(1));
        var grant = grants.saveAndFlush(new Grant(a, amount, start, end, clock.instant(), today.getYear()));
        var share = advanceShare == null ? BigDecimal.valueOf(70) : advanceShare;
        var advance = amount.multiply(share).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        tranches.save(new Tranche(
                grant.getId(), 1, share.setScale(2), advance, start.isBefore(today) ? today : start, false));
        if (advance.compareTo(amount) < 0) {
            tranches.save(new Tranche(
                    grant.getId(),
                    2,
                    BigDecimal.valueOf(100).subtract(share).setScale(2),
                    amount.subtract(advance),
                    end.plusDays(30),
                    true));
        }
    }

    static void validate(DecisionInput in) {
        if (in == null || in.outcome() == null) {
            throw new InvalidFundingException("outcome", "funding.error.required");
        }
        if (in.outcome() == Outcome.APPROVE) {
            var p = new java.util.ArrayList<InvalidFundingException.FieldProblem>();
            CallValidation.money(p, "amount", in.amount());
            if (!p.isEmpty()) {
                throw new InvalidFundingException(p);
            }
            var share = in.advanceShare();
            if (share != null
                    && (share.signum() < 0
                            || share.compareTo(BigDecimal.valueOf(100)) > 0
                            || share.stripTrailingZeros().scale() > 2)) {
                throw new InvalidFundingException("advanceShare", "funding.error.share");
            }
        } else if (in.reason() == null || in.reason().isBlank()) {
            throw new InvalidFundingException("reason", "funding.error.reasonRequired");
        }
        if (in.reason() != null && in.reason().length() > 4000) {
            throw new InvalidFundingException("reason", "funding.error.tooLong", 4000);
        }
    }
}
