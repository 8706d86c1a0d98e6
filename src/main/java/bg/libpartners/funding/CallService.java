package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.funding.InvalidFundingException.FieldProblem;
import bg.libpartners.material.MaterialService;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls: the admin writes a draft, publishes it (librarians are told), everyone reads published ones. */
@Service
public class CallService {

    /** A call as pages and the API show it; times in Bulgaria. */
    public record CallView(
            long id,
            String title,
            String purpose,
            BigDecimal budget,
            BigDecimal minGrant,
            BigDecimal maxGrant,
            BigDecimal cofinancingShare,
            Set<String> libraryKinds,
            Set<String> oblasts,
            boolean agreementRequired,
            LocalDateTime opensAt,
            LocalDateTime closesAt,
            int scaleMax,
            List<Call.Criterion> criteria,
            List<Call.Document> documents,
            List<String> questions,
            List<String> requiredAttachments,
            CallStatus status,
            BigDecimal awarded,
            BigDecimal remaining,
            boolean open,
            long version) {

        public CallInput toInput() {
            return new CallInput(
                    title,
                    purpose,
                    budget,
                    minGrant,
                    maxGrant,
                    cofinancingShare,
                    libraryKinds,
                    oblasts,
                    agreementRequired,
                    opensAt,
                    closesAt,
                    scaleMax,
                    criteria,
                    documents.stream().map(Call.Document::materialId).toList(),
                    questions,
                    requiredAttachments,
                    version);
        }
    }

    private final Calls calls;
    private final MaterialService materials;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CallAudience audience;

    CallService(
            Calls calls,
            MaterialService materials,
            ApplicationEventPublisher events,
            Clock clock,
            CallAudience audience) {
        this.audience = audience;
        this.calls = calls;
        this.materials = materials;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(CurrentUser me, CallInput input) {
        FundingAccess.checkAdmin(me);
        CallValidation.check(input);
        var call = new Call(clock.instant(), false);
        call.describe(input, documents(input.documents()), clock.instant());
        return calls.save(call).getId();
    }

    /** For the demo data: a call marked as demo. */
    @Transactional
    long createDemo(CallInput input) {
        CallValidation.check(input);
        var call = new Call(clock.instant(), true);
        call.describe(input, documents(input.documents()), clock.instant());
        return calls.save(call).getId();
    }

    /** A draft only: once published, the rules of a call do not change under the applicants' feet. */
    @Transactional
    public CallView update(CurrentUser me, long id, CallInput input) {
        FundingAccess.checkAdmin(me);
        var call = load(id);
        call.expectVersion(input.version());
        if (call.getStatus() != CallStatus.DRAFT) {
            throw new ConflictException("funding.error.publishedFixed");
        }
        CallValidation.check(input);
        call.describe(input, documents(input.documents()), clock.instant());
        calls.saveAndFlush(call);
        return view(call);
    }

    @Transactional
    public CallView publish(CurrentUser me, long id, Long version) {
        FundingAccess.checkAdmin(me);
        var call = load(id);
        call.expectVersion(version);
        call.publish(clock.instant());
        calls.saveAndFlush(call);
        var told = audience.of(call);
        if (!told.isEmpty()) {
            events.publishEvent(new Notice(
                    "funding.call-published",
                    told,
                    "funding.notice.callPublished",
                    List.of(call.getTitle(), Eligibility.WHEN.format(call.getClosesAt())),
                    "/calls/" + id,
                    "funding.call-published:" + id));
        }
        return view(call);
    }

    /** A published call for anyone; a draft only for admins (404 for the rest, as if it did not exist). */
    @Transactional(readOnly = true)
    public CallView get(CurrentUser me, long id) {
        var call = load(id);
        if (call.getStatus() == CallStatus.DRAFT && (me == null || !me.isAdmin())) {
            throw new NotFoundException("funding.error.callNotFound", id);
        }
        return view(call);
    }

    Call load(long id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("funding.error.callNotFound", id));
    }

    CallView view(Call c) {
        return new CallView(
                c.getId(),
                c.getTitle(),
                c.getPurpose(),
                c.getBudget(),
                c.getMinGrant(),
                c.getMaxGrant(),
                c.getCofinancingShare(),
                c.getLibraryKinds(),
                c.getOblasts(),
                c.isAgreementRequired(),
                CallInput.local(c.getOpensAt()),
                CallInput.local(c.getClosesAt()),
                c.getScaleMax(),
                c.getCriteria(),
                c.getDocuments(),
                c.getQuestions(),
                c.getRequiredAttachments(),
                c.getStatus(),
                c.getAwarded(),
                c.remaining(),
                c.openAt(clock.instant()),
                c.getVersion());
    }

    private List<Call.Document> documents(List<Long> ids) {
        var docs = new ArrayList<Call.Document>();
        if (ids == null) {
            return docs;
        }
        for (int i = 0; i < ids.size(); i++) {
            try {
                docs.add(new Call.Document(ids.get(i), materials.get(ids.get(i)).title()));
            } catch (NotFoundException | NullPointerException e) {
                throw new InvalidFundingException(List.of(new FieldProblem(
                        "documents[" + i + "]", "funding.error.documentUnknown", new Object[] {ids.get(i)})));
            }
        }
        return docs;
    }
}
