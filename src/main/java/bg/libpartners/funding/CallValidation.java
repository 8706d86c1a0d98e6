package bg.libpartners.funding;

import bg.libpartners.funding.InvalidFundingException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks a call before anything is written; every problem is named by its field. */
final class CallValidation {

    private CallValidation() {}

    static void check(CallInput in) {
        List<FieldProblem> p = new ArrayList<>();
        if (in.title() == null || in.title().isBlank()) {
            p.add(new FieldProblem("title", "funding.error.required", new Object[0]));
        } else if (in.title().length() > 300) {
            p.add(new FieldProblem("title", "funding.error.tooLong", new Object[] {300}));
        }
        if (in.purpose() != null && in.purpose().length() > 4000) {
            p.add(new FieldProblem("purpose", "funding.error.tooLong", new Object[] {4000}));
        }
        money(p, "budget", in.budget());
        money(p, "minGrant", in.minGrant());
        money(p, "maxGrant", in.maxGrant());
        if (p.isEmpty() && in.maxGrant().compareTo(in.minGrant()) < 0) {
            p.add(new FieldProblem("maxGrant", "funding.error.maxBelowMin", new Object[0]));
        }
        if (p.isEmpty() && in.maxGrant().compareTo(in.budget()) > 0) {
            p.add(new FieldProblem("maxGrant", "funding.error.maxOverBudget", new Object[0]));
        }
        var share = in.cofinancingShare();
        if (share == null
                || share.signum() < 0
                || share.compareTo(BigDecimal.valueOf(100)) >= 0
                || share.stripTrailingZeros().scale() > 2) {
            p.add(new FieldProblem("cofinancingShare", "funding.error.share", new Object[0]));
        }
        if (in.opensAt() == null) {
            p.add(new FieldProblem("opensAt", "funding.error.required", new Object[0]));
        }
        if (in.closesAt() == null) {
            p.add(new FieldProblem("closesAt", "funding.error.required", new Object[0]));
        } else if (in.opensAt() != null && !in.closesAt().isAfter(in.opensAt())) {
            p.add(new FieldProblem("closesAt", "funding.error.closesBeforeOpens", new Object[0]));
        }
        if (in.scaleMax() == null || in.scaleMax() < 2 || in.scaleMax() > 100) {
            p.add(new FieldProblem("scaleMax", "funding.error.scale", new Object[0]));
        }
        criteria(p, in.criteria());
        if (in.libraryKinds() != null) {
            for (var kind : in.libraryKinds()) {
                if (!kind.matches("CHITALISHTE|MUNICIPAL|REGIONAL|SCHOOL|UNIVERSITY|OTHER")) {
                    p.add(new FieldProblem("libraryKinds", "funding.error.libraryKind", new Object[] {kind}));
                }
            }
        }
        if (in.oblasts() != null) {
            for (var oblast : in.oblasts()) {
                if (!oblast.matches("[A-Z]{3}")) {
                    p.add(new FieldProblem("oblasts", "funding.error.oblast", new Object[] {oblast}));
                }
            }
        }
        texts(p, "questions", in.questions(), 1000);
        texts(p, "requiredAttachments", in.requiredAttachments(), 200);
        if (!p.isEmpty()) {
            throw new InvalidFundingException(p);
        }
    }

    private static void criteria(List<FieldProblem> p, List<Call.Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            p.add(new FieldProblem("criteria", "funding.error.criteriaRequired", new Object[0]));
            return;
        }
        int sum = 0;
        for (int i = 0; i < criteria.size(); i++) {
            var c = criteria.get(i);
            if (c.name() == null || c.name().isBlank()) {
                p.add(new FieldProblem("criteria[" + i + "].name", "funding.error.required", new Object[0]));
            }
            if (c.weight() == null || c.weight() <= 0) {
                p.add(new FieldProblem("criteria[" + i + "].weight", "funding.error.weight", new Object[0]));
            } else {
                sum += c.weight();
            }
        }
        if (sum != 100) {
            p.add(new FieldProblem("criteria", "funding.error.weightsSum", new Object[] {sum}));
        }
    }

    private static void texts(List<FieldProblem> p, String field, List<String> texts, int max) {
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            var t = texts.get(i);
            if (t == null || t.isBlank()) {
                p.add(new FieldProblem(field + "[" + i + "]", "funding.error.required", new Object[0]));
            } else if (t.length() > max) {
                p.add(new FieldProblem(field + "[" + i + "]", "funding.error.tooLong", new Object[] {max}));
            }
        }
    }

    static void money(List<FieldProblem> p, String field, BigDecimal amount) {
        if (amount == null) {
            p.add(new FieldProblem(field, "funding.error.required", new Object[0]));
        } else if (amount.signum() <= 0) {
            p.add(new FieldProblem(field, "funding.error.positive", new Object[0]));
        } else if (!Money.inCents(amount)) {
            p.add(new FieldProblem(field, "funding.error.cents", new Object[0]));
        } else if (amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            p.add(new FieldProblem(field, "funding.error.tooLarge", new Object[0]));
        }
    }
}
