package bg.libpartners.agreement;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.platform.LibPartnersProperties;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the agreements of the demo's own partnerships in negotiation, in every stage, the same on every first
 * start: some not yet submitted, some waiting for the board, some returned with the board's comments, and the others
 * approved and signed (the signed copy is the agreement's own PDF) and the partnership moved on — agreed, active,
 * suspended, or completed when its end date has passed. Runs after the partnership module's demo data and only when
 * that made partnerships now (none of them is past negotiation yet).
 */
@Component
@Order(45)
class AgreementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgreementDemoData.class);
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    private final LibPartnersProperties properties;
    private final PartnershipService partnerships;
    private final AgreementService agreements;
    private final AgreementDocumentRenderer documents;
    private final UserDetailsService users;

    AgreementDemoData(
            LibPartnersProperties properties,
            PartnershipService partnerships,
            AgreementService agreements,
            AgreementDocumentRenderer documents,
            UserDetailsService users) {
        this.properties = properties;
        this.partnerships = partnerships;
        this.agreements = agreements;
        this.documents = documents;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        var waiting = partnerships.demoPartnerships(PartnershipStatus.NEGOTIATION);
        if (waiting.isEmpty()
                || !partnerships.demoPartnerships(PartnershipStatus.ACTIVE).isEmpty()) {
            return;
        }
        try {
            var me = (CurrentUser)
                    users.loadUserByUsername(DemoAccounts.of(Role.ADMIN).email());
            var today = LocalDate.now(SOFIA);
            int signed = 0;
            for (int j = 0; j < waiting.size(); j++) {
                signed += advance(me, waiting.get(j), j, today) ? 1 : 0;
            }
            log.info("Demo agreements: {} partnerships in negotiation, {} signed", waiting.size(), signed);
        } catch (RuntimeException e) {
            log.warn("Demo agreements were not made: {}", e.getMessage());
        }
    }

    private boolean advance(CurrentUser me, long id, int j, LocalDate today) {
        int step = j % 8;
        if (step == 0) {
            return false;
        }
        var submitted = agreements.submit(me, id);
        if (step == 1) {
            return false;
        }
        if (step == 2) {
            agreements.decide(
                    me, id, submitted.number(), false, "Моля, уточнете приноса на общината и кой ще води отчета.");
            return false;
        }
        var approved = agreements.decide(me, id, submitted.number(), true, null);
        var pdf = new ByteArrayOutputStream();
        documents.pdf(approved, pdf);
        var bytes = pdf.toByteArray();
        agreements.uploadSigned(me, id, approved.number(), new ByteArrayResource(bytes), bytes.length);
        var p = partnerships.get(me, id);
        p = partnerships.transition(me, id, PartnershipStatus.AGREED, "Споразумението е подписано", p.version());
        if (step == 3 && !p.endDate().isBefore(today)) {
            return true;
        }
        p = partnerships.transition(me, id, PartnershipStatus.ACTIVE, null, p.version());
        if (p.endDate().isBefore(today)) {
            partnerships.transition(
                    me, id, PartnershipStatus.COMPLETED, "Срокът на партньорството изтече", p.version());
        } else if (step == 7) {
            partnerships.transition(
                    me, id, PartnershipStatus.SUSPENDED, "Временно спряно до новия бюджет", p.version());
        }
        return true;
    }
}
