package bg.libpartners.funding;

import bg.libpartners.funding.InvalidFundingException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Checks an application's input before anything is written: the fields a draft must already get right (amounts in
 * cents and not negative, dates in order, budget lines and co-financing naming the library or a partner of the
 * partnership). Whether it is complete and eligible is {@link Eligibility}'s question, at submission.
 */
final class ApplicationValidation {

    private ApplicationValidation() {}

    /** @param parties the organisations that may carry budget lines and co-financing, by id, with their names */
    static void check(ApplicationInput in, Map<Long, String> parties, int questions) {
        List<FieldProblem> p = new ArrayList<>();
        if (in.title() == null || in.title().isBlank()) {
            p.add(problem("title", "funding.error.required"));
        } else if (in.title().length() > 300) {
            p.add(new FieldProblem("title", "funding.error.tooLong", new Object[] {300}));
        }
        if (in.aims() != null && in.aims().length() > 4000) {
            p.add(new FieldProblem("aims", "funding.error.tooLong", new Object[] {4000}));
        }
        nonNegative(p, "requested", in.requested());
        var activities = in.activities() == null ? List.<Application.Activity>of() : in.activities();
        for (int i = 0; i < activities.size(); i++) {
            var a = activities.get(i);
            if (a.title() == null || a.title().isBlank()) {
                p.add(problem("activities[" + i + "].title", "funding.error.required"));
            }
            if (a.start() != null && a.end() != null && a.end().isBefore(a.start())) {
                p.add(problem("activities[" + i + "].end", "funding.error.endBeforeStart"));
            }
        }
        var indicators = in.indicators() == null ? List.<Application.IndicatorTarget>of() : in.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            var x = indicators.get(i);
            if (x.name() == null || x.name().isBlank()) {
                p.add(problem("indicators[" + i + "].name", "funding.error.required"));
            }
            if (x.target() == null || x.target().signum() < 0) {
                p.add(problem("indicators[" + i + "].target", "funding.error.targetRequired"));
            }
        }
        var lines = in.budgetLines() == null ? List.<Application.BudgetLine>of() : in.budgetLines();
        for (int i = 0; i < lines.size(); i++) {
            var l = lines.get(i);
            String f = "budgetLines[" + i + "]";
            if (l.kind() == null) {
                p.add(problem(f + ".kind", "funding.error.required"));
            }
            if (l.partnerId() == null || !parties.containsKey(l.partnerId())) {
                p.add(problem(f + ".partnerId", "funding.error.partyUnknown"));
            }
            CallValidation.money(p, f + ".amount", l.amount());
        }
        var cofinancing = in.cofinancing() == null ? List.<Application.Cofinancing>of() : in.cofinancing();
        var seen = new HashSet<Long>();
        for (int i = 0; i < cofinancing.size(); i++) {
            var c = cofinancing.get(i);
            String f = "cofinancing[" + i + "]";
            if (c.partnerId() == null || !parties.containsKey(c.partnerId())) {
                p.add(problem(f + ".partnerId", "funding.error.partyUnknown"));
            } else if (!seen.add(c.partnerId())) {
                p.add(problem(f + ".partnerId", "funding.error.partyTwice"));
            }
            nonNegative(p, f + ".amount", c.amount());
        }
        if (in.answers() != null && in.answers().size() > questions) {
            p.add(problem("answers", "funding.error.tooManyAnswers"));
        }
        if (in.answers() != null) {
            for (int i = 0; i < in.answers().size(); i++) {
                if (in.answers().get(i) != null && in.answers().get(i).length() > 4000) {
                    p.add(new FieldProblem("answers[" + i + "]", "funding.error.tooLong", new Object[] {4000}));
                }
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidFundingException(p);
        }
    }

    private static void nonNegative(List<FieldProblem> p, String field, BigDecimal amount) {
        if (amount == null) {
            p.add(problem(field, "funding.error.required"));
        } else if (amount.signum() < 0) {
            p.add(problem(field, "funding.error.negative"));
        } else if (!Money.inCents(amount)) {
            p.add(problem(field, "funding.error.cents"));
        } else if (amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            p.add(problem(field, "funding.error.tooLarge"));
        }
    }

    static FieldProblem problem(String field, String key) {
        return new FieldProblem(field, key, new Object[0]);
    }
}
