package bg.libpartners.survey;

import bg.libpartners.platform.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A survey campaign: the questionnaire version it asks, the audience (oblasts, municipalities, kinds, statuses of
 * the register, or a hand-picked list), its dates and reminder days. {@link #getOblasts()} is what scopes it: a
 * coordinator manages a campaign whose oblasts are all theirs.
 */
@Entity
@Table(name = "survey_campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_campaign_seq")
    @SequenceGenerator(name = "survey_campaign_seq", sequenceName = "survey_campaign_seq", allocationSize = 50)
    private Long id;

    private String title;
    private String purpose;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private long questionnaireId;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status = CampaignStatus.DRAFT;

    private String oblasts;
    private String municipalities;
    private String kinds;
    private String statuses;
    private String picked;
    private String reminderDays;
    private boolean demo;
    private Long createdBy;
    private Instant createdAt;
    private Instant launchedAt;

    @Version
    private long version;

    protected Campaign() {}

    Campaign(CampaignInput in, long questionnaireId, Set<String> oblasts, Long createdBy, boolean demo, Instant now) {
        this.title = in.title().trim();
        this.purpose = in.purpose() == null || in.purpose().isBlank()
                ? null
                : in.purpose().trim();
        this.opensOn = in.opensOn();
        this.closesOn = in.closesOn();
        this.questionnaireId = questionnaireId;
        this.oblasts = join(oblasts);
        this.municipalities = join(in.municipalities());
        this.kinds = join(in.kinds());
        this.statuses = join(in.statuses());
        this.picked = join(
                in.picked() == null
                        ? null
                        : in.picked().stream().map(String::valueOf).toList());
        this.reminderDays = join(in.reminderDays().stream().map(String::valueOf).toList());
        this.demo = demo;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void launch(Instant now) {
        if (status != CampaignStatus.DRAFT) {
            throw new ConflictException("survey.error.launched", title);
        }
        status = CampaignStatus.OPEN;
        launchedAt = now;
    }

    void close() {
        status = CampaignStatus.CLOSED;
    }

    /** Open for answers on this day (Sofia): launched, from the first to the last day. */
    boolean acceptsAnswersOn(LocalDate today) {
        return status == CampaignStatus.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    static String join(java.util.Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream()
                .map(String::valueOf)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .collect(Collectors.joining(","));
    }

    static Set<String> split(String s) {
        return s == null || s.isBlank()
                ? Set.of()
                : Arrays.stream(s.split(","))
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
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

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    long getQuestionnaireId() {
        return questionnaireId;
    }

    CampaignStatus getStatus() {
        return status;
    }

    Set<String> getOblasts() {
        return split(oblasts);
    }

    Set<String> getMunicipalities() {
        return split(municipalities);
    }

    Set<String> getKinds() {
        return split(kinds);
    }

    Set<String> getStatuses() {
        return split(statuses);
    }

    List<Long> getPicked() {
        return split(picked).stream().map(Long::valueOf).toList();
    }

    List<Integer> getReminderDays() {
        return split(reminderDays).stream().map(Integer::valueOf).toList();
    }

    boolean isDemo() {
        return demo;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLaunchedAt() {
        return launchedAt;
    }

    long getVersion() {
        return version;
    }
}
