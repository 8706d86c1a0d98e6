package bg.libpartners.funding;

import bg.libpartners.platform.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A funding call: the budget and the grant limits, the co-financing share required from the library and its partners,
 * who may apply, when (Europe/Sofia), the criteria with their weights on one scale, the documents and the questions.
 * {@code awarded} is the sum of the grants approved so far; it changes only under a lock of this row, so the awards
 * never exceed the budget.
 */
@Entity
@Table(name = "funding_call")
public class Call {

    /** One criterion of assessment; weights are per cent and add up to 100. */
    public record Criterion(String name, String description, Integer weight) {}

    /** A document of the call: a template from the materials library. */
    public record Document(long materialId, String title) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String purpose;
    private BigDecimal budget;
    private BigDecimal minGrant;
    private BigDecimal maxGrant;
    private BigDecimal cofinancingShare;
    private String libraryKinds;
    private String oblasts;
    private boolean agreementRequired;
    private Instant opensAt;
    private Instant closesAt;
    private int scaleMax;
    private String criteria;
    private String documents;
    private String questions;
    private String requiredAttachments;

    @Enumerated(EnumType.STRING)
    private CallStatus status = CallStatus.DRAFT;

    private BigDecimal awarded = BigDecimal.ZERO.setScale(2);
    private boolean demo;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Call() {}

    Call(Instant now, boolean demo) {
        this.createdAt = now;
        this.updatedAt = now;
        this.demo = demo;
    }

    void describe(CallInput in, List<Document> docs, Instant now) {
        title = in.title().trim();
        purpose = in.purpose() == null || in.purpose().isBlank()
                ? null
                : in.purpose().trim();
        budget = Money.euro(in.budget());
        minGrant = Money.euro(in.minGrant());
        maxGrant = Money.euro(in.maxGrant());
        cofinancingShare = in.cofinancingShare().setScale(2, java.math.RoundingMode.HALF_UP);
        libraryKinds = join(in.libraryKinds());
        oblasts = join(in.oblasts());
        agreementRequired = Boolean.TRUE.equals(in.agreementRequired());
        opensAt = CallInput.instant(in.opensAt());
        closesAt = CallInput.instant(in.closesAt());
        scaleMax = in.scaleMax();
        criteria = Json.write(in.criteria());
        documents = Json.write(docs);
        questions = Json.write(in.questions() == null ? List.of() : in.questions());
        requiredAttachments = Json.write(in.requiredAttachments() == null ? List.of() : in.requiredAttachments());
        updatedAt = now;
    }

    void publish(Instant now) {
        if (status != CallStatus.DRAFT) {
            throw new ConflictException("funding.error.alreadyPublished");
        }
        status = CallStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** Open for submissions at this instant: published, not before the opening, not after the closing time. */
    boolean openAt(Instant now) {
        return status == CallStatus.PUBLISHED && !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }

    BigDecimal remaining() {
        return budget.subtract(awarded);
    }

    /** Adds a grant to the awarded sum; the caller holds the row's lock. */
    void award(BigDecimal amount) {
        if (awarded.add(amount).compareTo(budget) > 0) {
            throw new ConflictException("funding.error.overBudget", Money.format(amount), Money.format(remaining()));
        }
        awarded = awarded.add(amount);
    }

    void expectVersion(Long expected) {
        if (expected == null) {
            throw new bg.libpartners.platform.PreconditionRequiredException("version");
        }
        if (expected != version) {
            throw new ConflictException("platform.error.lostUpdate");
        }
    }

    static String join(Set<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", new TreeSet<>(codes));
    }

    static Set<String> split(String codes) {
        return codes == null || codes.isBlank()
                ? Set.of()
                : Arrays.stream(codes.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getPurpose() {
        return purpose;
    }

    BigDecimal getBudget() {
        return budget;
    }

    BigDecimal getMinGrant() {
        return minGrant;
    }

    BigDecimal getMaxGrant() {
        return maxGrant;
    }

    BigDecimal getCofinancingShare() {
        return cofinancingShare;
    }

    Set<String> getLibraryKinds() {
        return split(libraryKinds);
    }

    Set<String> getOblasts() {
        return split(oblasts);
    }

    boolean isAgreementRequired() {
        return agreementRequired;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    int getScaleMax() {
        return scaleMax;
    }

    List<Criterion> getCriteria() {
        return Json.list(criteria, Criterion.class);
    }

    List<Document> getDocuments() {
        return Json.list(documents, Document.class);
    }

    List<String> getQuestions() {
        return Json.list(questions, String.class);
    }

    List<String> getRequiredAttachments() {
        return Json.list(requiredAttachments, String.class);
    }

    CallStatus getStatus() {
        return status;
    }

    BigDecimal getAwarded() {
        return awarded;
    }

    boolean isDemo() {
        return demo;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
