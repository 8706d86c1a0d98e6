package bg.libpartners.funding;

import bg.libpartners.platform.ConflictException;
import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.TargetGroup;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A library's application to a call: the partnership it runs the project with, the project (aims, activities with
 * dates, target groups, expected benefits, indicators with targets), the budget by partner and kind, the amount
 * requested and each partner's co-financing, answers to the call's questions and attachments. A draft until
 * submitted; then the admin's decision.
 */
@Entity
@Table(name = "funding_application")
public class Application {

    public record Activity(String title, LocalDate start, LocalDate end) {}

    public record IndicatorTarget(String name, String unit, BigDecimal target) {}

    /** A line of the budget: who spends it (the library or a partner, by organisation id) and on what. */
    public record BudgetLine(
            Long partnerId, String partnerName, BudgetKind kind, String description, BigDecimal amount) {}

    /** What one party (the library or a partner) puts in from its own money. */
    public record Cofinancing(Long partnerId, String partnerName, BigDecimal amount) {}

    /** A file kept in the material module's store; {@code label} is one of the call's required attachments or free. */
    public record Attachment(String label, String filename, String sha256, long size, String mediaType) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long callId;
    private long libraryId;
    private String libraryName;
    private String oblastCode;
    private Long partnershipId;
    private String partnershipTitle;
    private String title;
    private String aims;
    private String targetGroups;
    private String benefits;
    private String activities = "[]";
    private String indicators = "[]";
    private String budgetLines = "[]";
    private String cofinancing = "[]";
    private String answers = "[]";
    private String attachments = "[]";
    private BigDecimal requested = BigDecimal.ZERO.setScale(2);
    private BigDecimal cofinanced = BigDecimal.ZERO.setScale(2);

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    private Instant submittedAt;
    private BigDecimal decisionAmount;
    private String decisionReason;
    private Instant decidedAt;
    private Long decidedBy;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Application() {}

    Application(long callId, long libraryId, String libraryName, String oblastCode, Long createdBy, Instant now) {
        this.callId = callId;
        this.libraryId = libraryId;
        this.libraryName = libraryName;
        this.oblastCode = oblastCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(
            ApplicationInput in,
            String partnershipTitle,
            List<BudgetLine> lines,
            List<Cofinancing> cofin,
            Instant now) {
        requireDraft();
        this.partnershipId = in.partnershipId();
        this.partnershipTitle = partnershipTitle;
        this.title = in.title().trim();
        this.aims = in.aims() == null || in.aims().isBlank() ? null : in.aims().trim();
        this.targetGroups = codes(in.targetGroups());
        this.benefits = codes(in.benefits());
        this.activities = Json.write(in.activities() == null ? List.of() : in.activities());
        this.indicators = Json.write(in.indicators() == null ? List.of() : in.indicators());
        this.budgetLines = Json.write(lines);
        this.cofinancing = Json.write(cofin);
        this.answers = Json.write(in.answers() == null ? List.of() : in.answers());
        this.requested = Money.euro(Money.zeroIfNull(in.requested()));
        this.cofinanced = cofin.stream()
                .map(Cofinancing::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        this.updatedAt = now;
    }

    void attach(Attachment a, Instant now) {
        requireDraft();
        var list = new ArrayList<>(getAttachments());
        list.add(a);
        attachments = Json.write(list);
        updatedAt = now;
    }

    void detach(int index, Instant now) {
        requireDraft();
        var list = new ArrayList<>(getAttachments());
        if (index < 0 || index >= list.size()) {
            throw new bg.libpartners.platform.NotFoundException("funding.error.attachmentNotFound", index);
        }
        list.remove(index);
        attachments = Json.write(list);
        updatedAt = now;
    }

    void submit(Instant now) {
        requireDraft();
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    void decide(ApplicationStatus outcome, BigDecimal amount, String reason, Long by, Instant now) {
        if (!status.decidable()) {
            throw new ConflictException("funding.error.notDecidable", status.name());
        }
        status = outcome;
        decisionAmount = outcome == ApplicationStatus.APPROVED ? amount : null;
        decisionReason = reason;
        decidedAt = now;
        decidedBy = by;
        updatedAt = now;
    }

    private void requireDraft() {
        if (status != ApplicationStatus.DRAFT) {
            throw new ConflictException("funding.error.notDraft", status.name());
        }
    }

    void expectVersion(Long expected) {
        if (expected == null) {
            throw new bg.libpartners.platform.PreconditionRequiredException("version");
        }
        if (expected != version) {
            throw new ConflictException("platform.error.lostUpdate");
        }
    }

    BigDecimal total() {
        return getBudgetLines().stream()
                .map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    static String codes(Set<? extends Enum<?>> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
        var set = java.util.EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            for (var c : codes.split(",")) {
                set.add(Enum.valueOf(type, c));
            }
        }
        return set;
    }

    Long getId() {
        return id;
    }

    long getCallId() {
        return callId;
    }
    /** The library was a duplicate merged into {@code kept} in the directory; the version and time of change move. */
    void followMerge(long kept, String keptName, Instant now) {
        libraryId = kept;
        libraryName = keptName;
        updatedAt = now;
    }

    long getLibraryId() {
        return libraryId;
    }

    String getLibraryName() {
        return libraryName;
    }

    String getOblastCode() {
        return oblastCode;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    String getPartnershipTitle() {
        return partnershipTitle;
    }

    String getTitle() {
        return title;
    }

    String getAims() {
        return aims;
    }

    Set<TargetGroup> getTargetGroups() {
        return parse(targetGroups, TargetGroup.class);
    }

    Set<Benefit> getBenefits() {
        return parse(benefits, Benefit.class);
    }

    List<Activity> getActivities() {
        return Json.list(activities, Activity.class);
    }

    List<IndicatorTarget> getIndicators() {
        return Json.list(indicators, IndicatorTarget.class);
    }

    List<BudgetLine> getBudgetLines() {
        return Json.list(budgetLines, BudgetLine.class);
    }

    List<Cofinancing> getCofinancing() {
        return Json.list(cofinancing, Cofinancing.class);
    }

    List<String> getAnswers() {
        return Json.list(answers, String.class);
    }

    List<Attachment> getAttachments() {
        return Json.list(attachments, Attachment.class);
    }

    BigDecimal getRequested() {
        return requested;
    }

    BigDecimal getCofinanced() {
        return cofinanced;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    BigDecimal getDecisionAmount() {
        return decisionAmount;
    }

    String getDecisionReason() {
        return decisionReason;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
