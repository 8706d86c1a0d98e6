package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.funding.InvalidFundingException.FieldProblem;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Grants: the tranches (the admin records each payment; the one after the final report only once that report is
 * accepted) and the reports (the library's narrative and actual spending per budget line; the admin accepts or
 * returns them).
 */
@Service
public class GrantService {

    public record TrancheView(
            int seq,
            BigDecimal share,
            BigDecimal amount,
            LocalDate dueOn,
            boolean afterFinal,
            LocalDate paidOn,
            long version) {}

    public record ReportView(
            long id,
            Report.Kind kind,
            String narrative,
            List<Report.Spending> spending,
            List<Report.Reached> reached,
            List<Application.Attachment> files,
            BigDecimal spent,
            Report.Status status,
            String reviewNote,
            Instant submittedAt,
            Instant reviewedAt,
            long version) {}

    public record GrantView(
            long id,
            String number,
            long applicationId,
            String title,
            long callId,
            String callTitle,
            long libraryId,
            String libraryName,
            String oblastCode,
            Long partnershipId,
            String partnershipTitle,
            BigDecimal amount,
            BigDecimal cofinanced,
            LocalDate startsOn,
            LocalDate endsOn,
            List<Application.BudgetLine> budgetLines,
            List<Application.IndicatorTarget> indicators,
            List<TrancheView> tranches,
            List<ReportView> reports,
            BigDecimal paid,
            boolean mayReport,
            boolean mayManage) {}

    public record ReportInput(
            Report.Kind kind, String narrative, List<Report.Spending> spending, List<Report.Reached> reached) {}

    /** The most files one report carries (the page and the API alike); each at most {@link AttachmentStore#MAX_BYTES}. */
    public static final int MAX_REPORT_FILES = 10;

    private final Grants grants;
    private final Tranches tranches;
    private final Reports reports;
    private final ApplicationService applications;
    private final CallService calls;
    private final AttachmentStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GrantService(
            Grants grants,
            Tranches tranches,
            Reports reports,
            ApplicationService applications,
            CallService calls,
            AttachmentStore files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.grants = grants;
        this.tranches = tranches;
        this.reports = reports;
        this.applications = applications;
        this.calls = calls;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public GrantView get(CurrentUser me, long id) {
        var g = load(id);
        FundingAccess.checkOversees(me, g.getLibraryId(), g.getOblastCode());
        return view(me, g);
    }

    @Transactional(readOnly = true)
    public List<TrancheView> tranches(CurrentUser me, long id) {
        return get(me, id).tranches();
    }

    @Transactional(readOnly = true)
    public List<ReportView> reports(CurrentUser me, long id) {
        return get(me, id).reports();
    }

    /** The admin records that a tranche was paid (on {@code paidOn}, today when not given). */
    @Transactional
    public TrancheView pay(CurrentUser me, long id, int seq, LocalDate paidOn) {
        FundingAccess.checkAdmin(me);
        var g = load(id);
        var t = tranches.findByGrantIdOrderBySeq(id).stream()
                .filter(x -> x.getSeq() == seq)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("funding.error.trancheNotFound", seq));
        var on = paidOn == null ? today() : paidOn;
        if (on.isAfter(today())) {
            throw new InvalidFundingException("paidOn", "funding.error.future");
        }
        t.paid(on, finalAccepted(id));
        tranches.saveAndFlush(t);
        events.publishEvent(new Notice(
                "funding.tranche-paid",
                List.of(Notice.Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, g.getLibraryId())),
                "funding.notice.tranchePaid",
                List.of(g.getNumber(), Money.format(t.getAmount()), on.toString()),
                "/funding/grants/" + id,
                "funding.tranche-paid:" + id + ":" + seq));
        return tranche(t);
    }

    /**
     * The library reports: not before the grant starts, one report waiting for review at a time, one final report
     * accepted at most; actual spending per line of the application's budget.
     */
    @Transactional
    public ReportView report(CurrentUser me, long id, ReportInput in, List<MultipartFile> uploads) {
        var g = load(id);
        FundingAccess.checkActsFor(me, g.getLibraryId());
        if (in == null) { // a multipart request without its "report" part
            throw new InvalidFundingException("report", "funding.error.required");
        }
        if (today().isBefore(g.getStartsOn())) {
            throw new ConflictException(
                    "funding.error.reportBeforeStart", g.getStartsOn().toString());
        }
        var a = applications.load(g.getApplicationId());
        check(in, a.getBudgetLines().size(), a.getIndicators().size());
        var existing = reports.findByGrantIdOrderById(id);
        if (existing.stream().anyMatch(r -> r.getStatus() == Report.Status.SUBMITTED)) {
            throw new ConflictException("funding.error.reportPending");
        }
        if (existing.stream()
                .anyMatch(r -> r.getKind() == Report.Kind.FINAL && r.getStatus() == Report.Status.ACCEPTED)) {
            throw new ConflictException("funding.error.finalAccepted");
        }
        var given = uploads == null
                ? List.<MultipartFile>of()
                : uploads.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (given.size() > MAX_REPORT_FILES) {
            throw new InvalidFundingException("files", "funding.error.tooManyFiles", MAX_REPORT_FILES);
        }
        var kept = new ArrayList<Application.Attachment>();
        for (var f : given) {
            if (f.isEmpty()) {
                continue;
            }
            try (InputStream in2 = f.getInputStream()) {
                kept.add(files.keep("report", f.getOriginalFilename(), f.getContentType(), in2));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        var spending = in.spending().stream()
                .map(s -> new Report.Spending(s.line(), Money.euro(s.actual())))
                .toList();
        var report = reports.saveAndFlush(new Report(
                id,
                in.kind(),
                in.narrative().trim(),
                spending,
                in.reached() == null ? List.of() : in.reached(),
                kept,
                me.id(),
                clock.instant()));
        events.publishEvent(new Notice(
                "funding.report-submitted",
                List.of(Notice.Audience.role(Role.ADMIN)),
                "funding.notice.reportSubmitted",
                List.of(g.getNumber(), g.getLibraryName()),
                "/funding/grants/" + id,
                "funding.report-submitted:" + report.getId()));
        return report(report);
    }

    @Transactional
    public ReportView review(CurrentUser me, long id, long reportId, Boolean accept, String note, Long version) {
        FundingAccess.checkAdmin(me);
        var g = load(id);
        var r = reports.findById(reportId)
                .filter(x -> x.getGrantId() == id)
                .orElseThrow(() -> new NotFoundException("funding.error.reportNotFound", reportId));
        if (accept == null) {
            throw new InvalidFundingException("accept", "funding.error.required");
        }
        if (version == null) {
            throw new bg.libpartners.platform.PreconditionRequiredException("version");
        }
        if (version != r.getVersion()) {
            throw new ConflictException("platform.error.lostUpdate");
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new InvalidFundingException("note", "funding.error.noteRequired");
        }
        if (note != null && note.length() > 4000) {
            throw new InvalidFundingException("note", "funding.error.tooLong", 4000);
        }
        r.review(accept, note, clock.instant());
        reports.saveAndFlush(r);
        events.publishEvent(new Notice(
                "funding.report-reviewed",
                List.of(Notice.Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, g.getLibraryId())),
                accept ? "funding.notice.reportAccepted" : "funding.notice.reportReturned",
                List.of(g.getNumber(), note == null ? "—" : note.trim()),
                "/funding/grants/" + id,
                "funding.report-reviewed:" + reportId));
        return report(r);
    }

    /** A report's file, to those who may see the grant. */
    @Transactional(readOnly = true)
    public Application.Attachment file(CurrentUser me, long id, long reportId, int index) {
        var g = load(id);
        FundingAccess.checkOversees(me, g.getLibraryId(), g.getOblastCode());
        var r = reports.findById(reportId)
                .filter(x -> x.getGrantId() == id)
                .orElseThrow(() -> new NotFoundException("funding.error.reportNotFound", reportId));
        if (index < 0 || index >= r.getFiles().size()) {
            throw new NotFoundException("funding.error.attachmentNotFound", index);
        }
        return r.getFiles().get(index);
    }

    public InputStream open(Application.Attachment file) {
        return files.open(file.sha256());
    }

    static void check(ReportInput in, int lines, int indicators) {
        List<FieldProblem> p = new ArrayList<>();
        if (in.kind() == null) {
            p.add(ApplicationValidation.problem("kind", "funding.error.required"));
        }
        if (in.narrative() == null || in.narrative().isBlank()) {
            p.add(ApplicationValidation.problem("narrative", "funding.error.required"));
        } else if (in.narrative().length() > 20000) {
            p.add(new FieldProblem("narrative", "funding.error.tooLong", new Object[] {20000}));
        }
        var spending = in.spending() == null ? List.<Report.Spending>of() : in.spending();
        var seen = new boolean[lines];
        for (int i = 0; i < spending.size(); i++) {
            var s = spending.get(i);
            if (s.line() < 0 || s.line() >= lines) {
                p.add(new FieldProblem(
                        "spending[" + i + "].line", "funding.error.lineUnknown", new Object[] {s.line() + 1}));
                continue;
            }
            if (seen[s.line()]) {
                p.add(ApplicationValidation.problem("spending[" + i + "].line", "funding.error.lineTwice"));
            }
            seen[s.line()] = true;
            if (s.actual() == null || s.actual().signum() < 0 || !Money.inCents(s.actual())) {
                p.add(ApplicationValidation.problem("spending[" + i + "].actual", "funding.error.cents"));
            }
        }
        if (in.spending() == null || in.spending().isEmpty()) {
            p.add(ApplicationValidation.problem("spending", "funding.error.spendingRequired"));
        }
        var reached = in.reached() == null ? List.<Report.Reached>of() : in.reached();
        for (int i = 0; i < reached.size(); i++) {
            var r = reached.get(i);
            if (r.indicator() < 0 || r.indicator() >= indicators) {
                p.add(ApplicationValidation.problem("reached[" + i + "].indicator", "funding.error.indicatorUnknown"));
            } else if (r.value() == null || r.value().signum() < 0) {
                p.add(ApplicationValidation.problem("reached[" + i + "].value", "funding.error.targetRequired"));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidFundingException(p);
        }
    }

    private boolean finalAccepted(long grantId) {
        return reports.findByGrantIdOrderById(grantId).stream()
                .anyMatch(r -> r.getKind() == Report.Kind.FINAL && r.getStatus() == Report.Status.ACCEPTED);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CallInput.SOFIA));
    }

    Grant load(long id) {
        return grants.findById(id).orElseThrow(() -> new NotFoundException("funding.error.grantNotFound", id));
    }

    GrantView view(CurrentUser me, Grant g) {
        var a = applications.load(g.getApplicationId());
        var call = calls.load(g.getCallId());
        var ts = tranches.findByGrantIdOrderBySeq(g.getId()).stream()
                .map(GrantService::tranche)
                .toList();
        var rs = reports.findByGrantIdOrderById(g.getId()).stream()
                .map(GrantService::report)
                .toList();
        var paid = ts.stream()
                .filter(t -> t.paidOn() != null)
                .map(TrancheView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        return new GrantView(
                g.getId(),
                g.getNumber(),
                a.getId(),
                a.getTitle(),
                call.getId(),
                call.getTitle(),
                g.getLibraryId(),
                g.getLibraryName(),
                g.getOblastCode(),
                a.getPartnershipId(),
                a.getPartnershipTitle(),
                g.getAmount(),
                g.getCofinanced(),
                g.getStartsOn(),
                g.getEndsOn(),
                a.getBudgetLines(),
                a.getIndicators(),
                ts,
                rs,
                paid,
                FundingAccess.actsFor(me, g.getLibraryId()),
                me != null && me.isAdmin());
    }

    static TrancheView tranche(Tranche t) {
        return new TrancheView(
                t.getSeq(), t.getShare(), t.getAmount(), t.getDueOn(), t.isAfterFinal(), t.getPaidOn(), t.getVersion());
    }

    static ReportView report(Report r) {
        return new ReportView(
                r.getId(),
                r.getKind(),
                r.getNarrative(),
                r.getSpending(),
                r.getReached(),
                r.getFiles(),
                r.getSpent(),
                r.getStatus(),
                r.getReviewNote(),
                r.getSubmittedAt(),
                r.getReviewedAt(),
                r.getVersion());
    }
}
