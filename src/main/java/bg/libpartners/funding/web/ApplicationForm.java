package bg.libpartners.funding.web;

import bg.libpartners.funding.Application;
import bg.libpartners.funding.ApplicationInput;
import bg.libpartners.funding.ApplicationService;
import bg.libpartners.funding.BudgetKind;
import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.TargetGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The application's form; bound field by field (direct field access); empty rows are ignored. */
public class ApplicationForm {

    public static class ActivityRow {
        public String title;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate start;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate end;
    }

    public static class IndicatorRow {
        public String name;
        public String unit;
        public String target;
    }

    public static class LineRow {
        public Long partnerId;
        public BudgetKind kind;
        public String description;
        public String amount;
    }

    public static class CofinancingRow {
        public Long partnerId;
        public String amount;
    }

    public Long libraryId;
    public Long partnershipId;
    public String title;
    public String aims;
    public Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
    public Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
    public List<ActivityRow> activities = new ArrayList<>();
    public List<IndicatorRow> indicators = new ArrayList<>();
    public List<LineRow> budgetLines = new ArrayList<>();
    public String requested;
    public List<CofinancingRow> cofinancing = new ArrayList<>();
    public List<String> answers = new ArrayList<>();
    public Long version;

    static ApplicationForm of(ApplicationService.ApplicationView a) {
        var f = new ApplicationForm();
        f.libraryId = a.libraryId();
        f.partnershipId = a.partnershipId();
        f.title = a.title();
        f.aims = a.aims();
        f.targetGroups =
                a.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(a.targetGroups());
        f.benefits = a.benefits().isEmpty() ? EnumSet.noneOf(Benefit.class) : EnumSet.copyOf(a.benefits());
        for (var x : a.activities()) {
            var r = new ActivityRow();
            r.title = x.title();
            r.start = x.start();
            r.end = x.end();
            f.activities.add(r);
        }
        for (var x : a.indicators()) {
            var r = new IndicatorRow();
            r.name = x.name();
            r.unit = x.unit();
            r.target = Forms.typed(x.target());
            f.indicators.add(r);
        }
        for (var x : a.budgetLines()) {
            var r = new LineRow();
            r.partnerId = x.partnerId();
            r.kind = x.kind();
            r.description = x.description();
            r.amount = Forms.typed(x.amount());
            f.budgetLines.add(r);
        }
        f.requested = Forms.typed(a.requested());
        for (var x : a.cofinancing()) {
            var r = new CofinancingRow();
            r.partnerId = x.partnerId();
            r.amount = Forms.typed(x.amount());
            f.cofinancing.add(r);
        }
        f.answers = new ArrayList<>(a.answers());
        f.version = a.version();
        return f;
    }

    /** Blank rows to type into: activities, indicators, budget lines, co-financing, one answer per question. */
    ApplicationForm fill(int questions) {
        while (activities.size() < 5) {
            activities.add(new ActivityRow());
        }
        while (indicators.size() < 4) {
            indicators.add(new IndicatorRow());
        }
        while (budgetLines.size() < 8) {
            budgetLines.add(new LineRow());
        }
        while (cofinancing.size() < 4) {
            cofinancing.add(new CofinancingRow());
        }
        while (answers.size() < questions) {
            answers.add("");
        }
        return this;
    }

    ApplicationInput toInput() {
        var acts = activities.stream()
                .filter(r -> !blank(r.title) || r.start != null || r.end != null)
                .map(r -> new Application.Activity(r.title, r.start, r.end))
                .toList();
        var inds = new ArrayList<Application.IndicatorTarget>();
        for (int i = 0; i < indicators.size(); i++) {
            var r = indicators.get(i);
            if (!blank(r.name) || !blank(r.target)) {
                inds.add(new Application.IndicatorTarget(
                        r.name,
                        blank(r.unit) ? null : r.unit.trim(),
                        Forms.amount(r.target, "indicators[" + i + "].target")));
            }
        }
        var lines = new ArrayList<Application.BudgetLine>();
        for (int i = 0; i < budgetLines.size(); i++) {
            var r = budgetLines.get(i);
            if (!blank(r.amount) || !blank(r.description)) {
                lines.add(new Application.BudgetLine(
                        r.partnerId,
                        null,
                        r.kind,
                        r.description,
                        Forms.amount(r.amount, "budgetLines[" + i + "].amount")));
            }
        }
        var cofin = new ArrayList<Application.Cofinancing>();
        for (int i = 0; i < cofinancing.size(); i++) {
            var r = cofinancing.get(i);
            if (!blank(r.amount)) {
                cofin.add(new Application.Cofinancing(
                        r.partnerId, null, Forms.amount(r.amount, "cofinancing[" + i + "].amount")));
            }
        }
        var requestedAmount = Forms.amount(requested, "requested");
        return new ApplicationInput(
                libraryId,
                partnershipId,
                title,
                aims,
                targetGroups,
                benefits,
                acts,
                inds,
                lines,
                requestedAmount == null ? java.math.BigDecimal.ZERO : requestedAmount,
                cofin,
                answers,
                version);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
