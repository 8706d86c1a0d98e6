package bg.libpartners.agreement;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.partnership.AgreementStatusProvider;
import bg.libpartners.partnership.PartnershipAccess;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.partnership.PartnershipDetails;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreement of a partnership: a new version when it is submitted and the record's text changed since the last
 * one (reading never stores one), the board's approval or return, the signed copy; and the answer to the
 * partnership's guard "agreed only when signed".
 */
@Service
public class AgreementService implements AgreementStatusProvider {

    /** A version as pages and the API show it. */
    public record VersionView(
            int number,
            AgreementStatus status,
            String comments,
            Instant createdAt,
            Instant submittedAt,
            String decidedBy,
            Instant decidedAt,
            boolean signed,
            String signedContentType,
            String signedSha256,
            Instant signedAt,
            AgreementText text,
            String decidedSource) {}

    /** A version submitted to a chitalishte's board and waiting for its decision. */
    public record Waiting(long partnershipId, String title, int number) {}

    /** The partnership with its agreement's versions, newest first, and what the user may do. */
    public record AgreementView(
            PartnershipDetails partnership, List<VersionView> versions, boolean mayEdit, boolean mayDecide) {

        public VersionView latest() {
            return versions.get(0);
        }
    }

    private final Agreements agreements;
    private final AgreementVersions versions;
    private final PartnershipCatalog partnerships;
    private final PartnershipAccess access;
    private final Directory directory;
    private final SignedCopyStore copies;
    private final JsonMapper json;
    private final AgreementNotifier notices;

    AgreementService(
            Agreements agreements,
            AgreementVersions versions,
            PartnershipCatalog partnerships,
            PartnershipAccess access,
            Directory directory,
            SignedCopyStore copies,
            JsonMapper json,
            AgreementNotifier notices) {
        this.notices = notices;
        this.agreements = agreements;
        this.versions = versions;
        this.partnerships = partnerships;
        this.access = access;
        this.directory = directory;
        this.copies = copies;
        this.json = json;
    }

    /**
     * The agreement as it stands, without writing anything: when the record changed since the last stored version,
     * the new text comes first as the next number, a draft not yet stored (submitting it stores it).
     */
    @Transactional(readOnly = true)
    public AgreementView view(CurrentUser me, long partnershipId) {
        var p = partnerships.find(me, partnershipId);
        var list = new java.util.ArrayList<VersionView>();
        var latest = latestOrPending(p);
        if (latest.getId() == null) {
            list.add(toView(latest));
        }
        versions.findByPartnershipIdOrderByNumberDesc(partnershipId).stream()
                .map(this::toView)
                .forEach(list::add);
        return new AgreementView(p, List.copyOf(list), access.mayEdit(me, p), mayDecide(me, p));
    }

    /** One version, the newest (stored or pending, see {@link #view}) when {@code number} is null; never writes. */
    @Transactional(readOnly = true)
    public VersionView version(CurrentUser me, long partnershipId, Integer number) {
        var p = partnerships.find(me, partnershipId);
        var latest = latestOrPending(p);
        if (number == null || number == latest.getNumber()) {
            return toView(latest);
        }
        return versions.findByPartnershipIdAndNumber(partnershipId, number)
                .map(this::toView)
                .orElseThrow(() -> new NotFoundException("agreement.error.versionNotFound", number));
    }

    /** The lead library's staff (or whoever may edit the record) submits the current version to the board. */
    @Transactional
    public VersionView submit(CurrentUser me, long partnershipId) {
        var p = partnerships.findUnchecked(partnershipId);
        access.checkEdit(me, p);
        var latest = current(p);
        var now = Instant.now();
        latest.submit(me.id(), now);
        notices.submitted(p, latest.getNumber(), now);
        return toView(latest);
    }

    /**
     * The board approves the submitted version or returns it with comments. {@code number} is the version the board
     * read, required (428 without it): a decision never lands on a text the board did not see.
     */
    @Transactional
    public VersionView decide(CurrentUser me, long partnershipId, Integer number, boolean approve, String comments) {
        var p = partnerships.findUnchecked(partnershipId);
        if (!mayDecide(me, p)) {
            throw new AccessDeniedException("agreement " + partnershipId);
        }
        ExpectedVersion.required(number == null ? null : number.longValue(), "number");
        var latest = currentNumbered(p, number);
        latest.decide(approve, comments, me.id(), me.displayName(), Instant.now());
        notices.decided(p, latest.getNumber(), approve, comments);
        return toView(latest);
    }

    /**
     * The agreements waiting for the board of this chitalishte: the latest version of each partnership whose lead
     * library it holds, submitted and not yet decided (for a board meeting's minutes).
     */
    @Transactional(readOnly = true)
    public List<Waiting> waitingForBoard(long chitalishteId) {
        var list = new java.util.ArrayList<Waiting>();
        for (var v : versions.findByStatus(AgreementStatus.SUBMITTED)) {
            var p = partnerships.findUnchecked(v.getPartnershipId());
            if (p.holderId() != null && p.holderId() == chitalishteId) {
                var latest = versions.findFirstByPartnershipIdOrderByNumberDesc(p.id());
                if (latest.isPresent() && latest.get().getNumber() == v.getNumber()) {
                    list.add(new Waiting(p.id(), p.title(), v.getNumber()));
                }
            }
        }
        return list;
    }

    /**
     * The board's decision taken at a board meeting: the same approval or return as {@link #decide}, with the same
     * rights (the board of the chitalishte, or an admin), recorded with the meeting as its source.
     */
    @Transactional
    public VersionView decideAtMeeting(
            CurrentUser me, long partnershipId, int number, boolean approve, String comments, String source) {
        var view = decide(me, partnershipId, number, approve, comments);
        versions.findByPartnershipIdAndNumber(partnershipId, view.number()).ifPresent(v -> v.decidedAt(source));
        return version(me, partnershipId, view.number());
    }

    /** The signed copy of the approved version; {@code number} null means the current one. */
    @Transactional
    /** The signed copy of the approved version: who may and which version are checked before the file is read. */
    public VersionView uploadSigned(
            CurrentUser me, long partnershipId, Integer number, InputStreamSource content, long size) {
        var p = partnerships.findUnchecked(partnershipId);
        if (!access.mayEdit(me, p) && !mayDecide(me, p)) {
            throw new AccessDeniedException("agreement " + partnershipId);
        }
        var latest = currentNumbered(p, number);
        if (latest.getStatus() != AgreementStatus.APPROVED) {
            throw new InvalidAgreementException("file", "agreement.error.notApproved");
        }
        var stored = copies.store(content, size);
        latest.signed(stored.path(), stored.sha256(), stored.contentType(), me.id(), Instant.now());
        return toView(latest);
    }

    /**
     * The version a decision or a signed copy is about: the stored latest when the record has not changed since;
     * otherwise the pending text, which is a draft and so refused by the step itself. Nothing is written here.
     */
    private AgreementVersion currentNumbered(PartnershipDetails p, Integer number) {
        var latest = latestOrPending(p);
        if (number != null && latest.getNumber() != number) {
            throw new InvalidAgreementException("number", "agreement.error.staleVersion", number, latest.getNumber());
        }
        return latest;
    }

    public record SignedFile(String contentType, InputStream content) {}

    @Transactional(readOnly = true)
    public SignedFile signedCopy(CurrentUser me, long partnershipId, int number) throws IOException {
        var p = partnerships.find(me, partnershipId);
        var v = versions.findByPartnershipIdAndNumber(partnershipId, number)
                .filter(AgreementVersion::isSigned)
                .orElseThrow(() -> new NotFoundException("agreement.error.noSignedCopy", number));
        return new SignedFile(v.getSignedContentType(), copies.open(v.getSignedPath()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasApprovedSignedAgreement(long partnershipId) {
        var latest = versions.findFirstByPartnershipIdOrderByNumberDesc(partnershipId);
        if (latest.isEmpty() || !latest.get().isSigned()) {
            return false;
        }
        var text = json.writeValueAsString(AgreementText.of(partnerships.findUnchecked(partnershipId), directory));
        return text.equals(latest.get().getSnapshot());
    }

    /** The board of the chitalishte that holds the lead library, or an admin. */
    public boolean mayDecide(CurrentUser me, PartnershipDetails p) {
        return me != null && (me.isAdmin() || access.isBoardOf(me, p));
    }

    /** The stored latest version when its text is the record's, else a new version, stored (for submission). */
    private AgreementVersion current(PartnershipDetails p) {
        var latest = latestOrPending(p);
        if (latest.getId() != null) {
            return latest;
        }
        var agreement = agreements.findById(p.id()).orElseGet(() -> new Agreement(p.id(), Instant.now()));
        int number = agreement.nextNumber();
        agreements.save(agreement);
        return versions.save(new AgreementVersion(p.id(), number, latest.getSnapshot(), Instant.now()));
    }

    /** The stored latest version when its text is the record's, else the next one, not stored (no id). */
    private AgreementVersion latestOrPending(PartnershipDetails p) {
        var text = json.writeValueAsString(AgreementText.of(p, directory));
        var latest = versions.findFirstByPartnershipIdOrderByNumberDesc(p.id());
        if (latest.isPresent() && latest.get().getSnapshot().equals(text)) {
            return latest.get();
        }
        int next = agreements.findById(p.id()).map(Agreement::getLatestNumber).orElse(0) + 1;
        return new AgreementVersion(p.id(), next, text, null);
    }

    private VersionView toView(AgreementVersion v) {
        return new VersionView(
                v.getNumber(),
                v.getStatus(),
                v.getComments(),
                v.getCreatedAt(),
                v.getSubmittedAt(),
                v.getDecidedByName(),
                v.getDecidedAt(),
                v.isSigned(),
                v.getSignedContentType(),
                v.getSignedSha256(),
                v.getSignedAt(),
                json.readValue(v.getSnapshot(), AgreementText.class),
                v.getDecidedSource());
    }
}
