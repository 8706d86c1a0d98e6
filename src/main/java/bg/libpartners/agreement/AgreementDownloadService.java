package bg.libpartners.agreement;

import bg.libpartners.account.CurrentUser;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** The documents of one version, for the web layer. */
@Component
public class AgreementDownloadService {

    private final AgreementService agreements;
    private final AgreementDocumentRenderer documents;

    AgreementDownloadService(AgreementService agreements, AgreementDocumentRenderer documents) {
        this.agreements = agreements;
        this.documents = documents;
    }

    public AgreementService.VersionView version(CurrentUser me, long partnershipId, Integer number) {
        return agreements.version(me, partnershipId, number);
    }

    public void pdf(AgreementService.VersionView version, OutputStream out) {
        documents.pdf(version, out);
    }

    public void docx(AgreementService.VersionView version, OutputStream out) {
        documents.docx(version, out);
    }
}
