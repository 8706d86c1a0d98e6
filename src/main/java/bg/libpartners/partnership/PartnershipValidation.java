package bg.libpartners.partnership;

import bg.libpartners.partnership.InvalidPartnershipException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Checks a record before anything is written; every problem names its field. */
final class PartnershipValidation {

    private PartnershipValidation() {}

    static void check(PartnershipInput in, boolean requireRoles) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.title() == null || in.title().isBlank()) {
            problems.add(new FieldProblem("title", "partnership.error.titleRequired", new Object[0]));
        } else if (in.title().length() > 300) {
            problems.add(new FieldProblem("title", "partnership.error.titleLong", new Object[] {300}));
        }
        if (in.leadLibraryId() == null) {
            problems.add(new FieldProblem("leadLibraryId", "partnership.error.leadRequired", new Object[0]));
        }
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            problems.add(new FieldProblem("endDate", "partnership.error.endBeforeStart", new Object[0]));
        }
        checkLength(problems, "need", in.need(), 4000);
        checkLength(problems, "concept", in.concept(), 4000);
        checkLength(problems, "goals", in.goals(), 4000);
        var seen = new HashSet<Long>();
        for (int i = 0; i < in.parties().size(); i++) {
            var p = in.parties().get(i);
            String prefix = "parties[" + i + "].";
            int n = i + 1;
            if (p.organisationId() == null) {
                problems.add(new FieldProblem(
                        prefix + "organisationId", "partnership.error.partyOrganisation", new Object[] {n}));
            } else if (!seen.add(p.organisationId()) || p.organisationId().equals(in.leadLibraryId())) {
                problems.add(new FieldProblem(
                        prefix + "organisationId", "partnership.error.partyDuplicate", new Object[] {n}));
            }
            if (requireRoles && (p.role() == null || p.role().isBlank())) {
                problems.add(new FieldProblem(prefix + "role", "partnership.error.partyRole", new Object[] {n}));
            }
            if (p.role() != null && p.role().length() > 300) {
                problems.add(new FieldProblem(prefix + "role", "partnership.error.partyRoleLong", new Object[] {n}));
            }
            if (p.moneyEur() != null && p.moneyEur().signum() < 0) {
                problems.add(
                        new FieldProblem(prefix + "moneyEur", "partnership.error.negativeMoney", new Object[] {n}));
            } else if (p.moneyEur() != null && p.moneyEur().compareTo(new BigDecimal("999999999999")) > 0) {
                problems.add(new FieldProblem(prefix + "moneyEur", "partnership.error.tooMuchMoney", new Object[] {n}));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPartnershipException(problems);
        }
    }

    /** Before negotiation starts: partners with roles and a period. */
    static void readyForNegotiation(Partnership p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.getParties().isEmpty()) {
            problems.add(new FieldProblem("parties", "partnership.error.noParties", new Object[0]));
        }
        for (int i = 0; i < p.getParties().size(); i++) {
            var role = p.getParties().get(i).getRole();
            if (role == null || role.isBlank()) {
                problems.add(new FieldProblem(
                        "parties[" + i + "].role", "partnership.error.partyRole", new Object[] {i + 1}));
            }
        }
        if (p.getStartDate() == null) {
            problems.add(new FieldProblem("startDate", "partnership.error.startRequired", new Object[0]));
        }
        if (p.getEndDate() == null) {
            problems.add(new FieldProblem("endDate", "partnership.error.endRequired", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPartnershipException(problems);
        }
    }

    private static void checkLength(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "partnership.error.tooLong", new Object[] {max}));
        }
    }
}
