package bg.libpartners.funding;

import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.partnership.AgreementStatusProvider;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The automatic check at submission, rule by rule, each with its reason: the call is open, the library is active,
 * of a kind and in an oblast the call admits, the partnership's agreement is approved and signed when the call
 * demands it, the amount requested lies between the minimum and the maximum grant, the budget adds up, the
 * co-financing share reaches the call's, and the required attachments are there.
 */
@Component
public class Eligibility {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(CallInput.SOFIA);

    /** One rule: its code, whether it passed, and the message (key {@code funding.rule.<code>}) with its arguments. */
    public record Rule(String code, boolean passed, List<String> args) {

        public String messageKey() {
            return "funding.rule." + code;
        }
    }

    private final ObjectProvider<AgreementStatusProvider> agreements;

    Eligibility(ObjectProvider<AgreementStatusProvider> agreements) {
        this.agreements = agreements;
    }

    /** A library's kind as calls name it (its directory type without the {@code LIBRARY_} prefix). */
    static String kindOf(OrganisationSummary library) {
        return library.type() == null ? "OTHER" : library.type().replace("LIBRARY_", "");
    }

    List<Rule> check(Call call, Application a, OrganisationSummary library, Instant now) {
        var rules = new ArrayList<Rule>();
        rules.add(new Rule(
                "callOpen",
                call.openAt(now),
                List.of(WHEN.format(call.getOpensAt()), WHEN.format(call.getClosesAt()))));
        rules.add(new Rule(
                "libraryActive",
                library.status() == null || library.status() == OrganisationStatus.ACTIVE,
                List.of(library.name())));
        var kinds = call.getLibraryKinds();
        var kind = kindOf(library);
        if (!kinds.isEmpty()) {
            rules.add(new Rule("libraryKind", kinds.contains(kind), List.of(kind)));
        }
        var oblasts = call.getOblasts();
        if (!oblasts.isEmpty()) {
            rules.add(new Rule(
                    "libraryOblast",
                    library.oblastCode() != null && oblasts.contains(library.oblastCode()),
                    List.of(String.valueOf(library.oblastName()))));
        }
        rules.add(new Rule("partnership", a.getPartnershipId() != null, List.of()));
        if (call.isAgreementRequired()) {
            var provider = agreements.getIfAvailable();
            rules.add(new Rule(
                    "agreement",
                    a.getPartnershipId() != null
                            && provider != null
                            && provider.hasApprovedSignedAgreement(a.getPartnershipId()),
                    List.of()));
        }
        var requested = a.getRequested();
        rules.add(new Rule(
                "requestedRange",
                requested.compareTo(call.getMinGrant()) >= 0 && requested.compareTo(call.getMaxGrant()) <= 0,
                List.of(Money.format(requested), Money.format(call.getMinGrant()), Money.format(call.getMaxGrant()))));
        var total = a.total();
        var covered = requested.add(a.getCofinanced());
        rules.add(new Rule(
                "budgetBalanced",
                total.signum() > 0 && total.compareTo(covered) == 0,
                List.of(Money.format(total), Money.format(covered))));
        var share = Money.percent(a.getCofinanced(), total);
        rules.add(new Rule(
                "cofinancingShare",
                total.signum() > 0 && share.compareTo(call.getCofinancingShare()) >= 0,
                List.of(share.toPlainString(), call.getCofinancingShare().toPlainString())));
        var present =
                a.getAttachments().stream().map(Application.Attachment::label).toList();
        var missing = call.getRequiredAttachments().stream()
                .filter(r -> !present.contains(r))
                .toList();
        rules.add(new Rule("attachments", missing.isEmpty(), List.of(String.join(", ", missing))));
        rules.add(new Rule(
                "activities", !a.getActivities().isEmpty() && !a.getIndicators().isEmpty(), List.of()));
        return rules;
    }

    static BigDecimal share(Application a) {
        return Money.percent(a.getCofinanced(), a.total());
    }
}
