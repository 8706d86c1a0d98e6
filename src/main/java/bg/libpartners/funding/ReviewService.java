package bg.libpartners.funding;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.funding.InvalidFundingException.FieldProblem;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews: the admin assigns experts to a submitted application; each expert first declares a conflict of interest
 * or none (a conflict removes them from the application and stays on record), then scores every criterion within
 * the call's scale.
 */
@Service
public class ReviewService {

    public record ReviewView(
            long id,
            long applicationId,
            long reviewerId,
            String reviewerName,
            ReviewStatus status,
            String conflictNote,
            Instant declaredAt,
            List<Review.Score> scores,
            BigDecimal total,
            String remarks,
            Instant scoredAt,
            long version) {}

    private final Reviews reviews;
    private final ApplicationService applications;
    private final CallService calls;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            Reviews reviews,
            ApplicationService applications,
            CallService calls,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ReviewView assign(CurrentUser me, long applicationId, Long reviewerId) {
        FundingAccess.checkAdmin(me);
        var a = applications.load(applicationId);
        if (!a.getStatus().decidable()) {
            throw new ConflictException(
                    "funding.error.notUnderReview", a.getStatus().name());
        }
        if (reviewerId == null) {
            throw new InvalidFundingException("reviewerId", "funding.error.required");
        }
        AccountService.UserView reviewer;
        try {
            reviewer = accounts.get(reviewerId);
        } catch (NotFoundException e) {
            throw new InvalidFundingException("reviewerId", "funding.error.notExpert");
        }
        if (reviewer.role() != Role.EXPERT || !reviewer.enabled()) {
            throw new InvalidFundingException("reviewerId", "funding.error.notExpert");
        }
        if (reviews.findByApplicationIdAndReviewerId(applicationId, reviewerId).isPresent()) {
            throw new ConflictException("funding.error.alreadyAssigned");
        }
        var review = reviews.saveAndFlush(
                new Review(applicationId, a.getCallId(), reviewerId, reviewer.displayName(), clock.instant()));
        events.publishEvent(new Notice(
                "funding.reviewer-assigned",
                List.of(Notice.Audience.user(reviewerId)),
                "funding.notice.reviewerAssigned",
                List.of(a.getTitle(), a.getLibraryName()),
                "/funding/applications/" + applicationId + "/review",
                "funding.reviewer-assigned:" + applicationId + ":" + reviewerId));
        return view(review);
    }

    @Transactional
    public ReviewView declare(CurrentUser me, long applicationId, Boolean conflict, String note) {
        var review = own(me, applicationId);
        if (conflict == null) {
            throw new InvalidFundingException("conflict", "funding.error.required");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidFundingException("note", "funding.error.tooLong", 2000);
        }
        review.declare(conflict, note, clock.instant());
        reviews.saveAndFlush(review);
        return view(review);
    }

    @Transactional
    public ReviewView score(CurrentUser me, long applicationId, List<Review.Score> scores, String remarks) {
        var review = own(me, applicationId);
        var a = applications.load(applicationId);
        if (!a.getStatus().decidable()) {
            throw new ConflictException(
                    "funding.error.notUnderReview", a.getStatus().name());
        }
        if (review.getStatus() == ReviewStatus.ASSIGNED) {
            throw new ConflictException("funding.error.declareFirst");
        }
        if (review.getStatus() == ReviewStatus.CONFLICT) {
            throw new ConflictException("funding.error.conflictDeclared");
        }
        var call = calls.load(a.getCallId());
        var criteria = call.getCriteria();
        check(scores, criteria.size(), call.getScaleMax());
        if (remarks != null && remarks.length() > 4000) {
            throw new InvalidFundingException("remarks", "funding.error.tooLong", 4000);
        }
        var ordered = new ArrayList<>(scores);
        ordered.sort(java.util.Comparator.comparingInt(Review.Score::criterion));
        review.score(
                ordered.stream()
                        .map(s -> new Review.Score(
                                s.criterion(),
                                s.score(),
                                s.comment() == null || s.comment().isBlank()
                                        ? null
                                        : s.comment().trim()))
                        .toList(),
                remarks,
                criteria,
                call.getScaleMax(),
                clock.instant());
        reviews.saveAndFlush(review);
        return view(review);
    }

    /** Every criterion scored once, within 1 … the scale, comments within bounds. */
    static void check(List<Review.Score> scores, int criteria, int scale) {
        List<FieldProblem> p = new ArrayList<>();
        var given = new boolean[criteria];
        if (scores == null) {
            scores = List.of();
        }
        for (int i = 0; i < scores.size(); i++) {
            var s = scores.get(i);
            if (s.criterion() < 0 || s.criterion() >= criteria) {
                p.add(new FieldProblem(
                        "scores[" + i + "].criterion", "funding.error.criterionUnknown", new Object[] {s.criterion()}));
                continue;
            }
            if (given[s.criterion()]) {
                p.add(new FieldProblem("scores[" + i + "].criterion", "funding.error.criterionTwice", new Object[0]));
            }
            given[s.criterion()] = true;
            if (s.score() < 1 || s.score() > scale) {
                p.add(new FieldProblem(
                        "scores[" + i + "].score", "funding.error.scoreOutOfScale", new Object[] {s.score(), scale}));
            }
            if (s.comment() != null && s.comment().length() > 2000) {
                p.add(new FieldProblem("scores[" + i + "].comment", "funding.error.tooLong", new Object[] {2000}));
            }
        }
        for (int c = 0; c < criteria; c++) {
            if (!given[c]) {
                p.add(new FieldProblem("scores", "funding.error.criterionMissing", new Object[] {c + 1}));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidFundingException(p);
        }
    }

    /** Admins see every review with the declarations; an expert only their own; nobody else. */
    @Transactional(readOnly = true)
    public List<ReviewView> list(CurrentUser me, long applicationId) {
        var a = applications.load(applicationId);
        if (me != null && me.isAdmin()) {
            return reviews.findByApplicationIdOrderById(applicationId).stream()
                    .map(ReviewService::view)
                    .toList();
        }
        if (me != null && me.role() == Role.EXPERT) {
            return reviews.findByApplicationIdAndReviewerId(a.getId(), me.id()).map(ReviewService::view).stream()
                    .toList();
        }
        throw new AccessDeniedException("reviews of " + applicationId);
    }

    /** The expert's own review of the application, whatever its state (to declare or to score). */
    @Transactional(readOnly = true)
    public ReviewView mine(CurrentUser me, long applicationId) {
        return view(own(me, applicationId));
    }

    private Review own(CurrentUser me, long applicationId) {
        applications.load(applicationId);
        if (me == null || me.role() != Role.EXPERT) {
            throw new AccessDeniedException("review of " + applicationId);
        }
        return reviews.findByApplicationIdAndReviewerId(applicationId, me.id())
                .orElseThrow(() -> new AccessDeniedException("not a reviewer of " + applicationId));
    }

    static ReviewView view(Review r) {
        return new ReviewView(
                r.getId(),
                r.getApplicationId(),
                r.getReviewerId(),
                r.getReviewerName(),
                r.getStatus(),
                r.getConflictNote(),
                r.getDeclaredAt(),
                r.getScores(),
                r.getTotal(),
                r.getRemarks(),
                r.getScoredAt(),
                r.getVersion());
    }
}
