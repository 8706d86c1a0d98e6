package bg.libpartners.practice;

import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.search.BulgarianAnalysis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A good practice: the story of a partnership worth repeating, with its partners, fields, target groups, period,
 * results and lessons. It changes state only through its guarded methods (see {@link PracticeStatus}).
 *
 * <p>Index {@code practice-v4}: v2 added the {@code text} field (every text of the practice in one field, so a word
 * is looked up once rather than in six fields); v3 analyses it, and the title, with Latin letters turned into
 * Cyrillic (in the query as well) and adds the place to it, so one field answers both scripts; v4 folds "ъ" into
 * "а" in them. A data folder from before builds the new index on start (the old index folder can be deleted).
 */
@Entity
@Table(name = "good_practice")
@Indexed(index = "practice-v4")
class GoodPractice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @FullTextField(analyzer = BulgarianAnalysis.TRANSLITERATED, projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = BulgarianAnalysis.SORT, sortable = Sortable.YES)
    @Column(nullable = false)
    private String title;

    @FullTextField(analyzer = BulgarianAnalysis.BULGARIAN, projectable = Projectable.YES)
    @Column(nullable = false)
    private String summary;

    /** As the author wrote it (Markdown or HTML); searched through {@link #getText()}, never shown unsanitised. */
    @Column(nullable = false)
    private String story;

    @Column(name = "story_html", nullable = false)
    private String storyHtml;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false)
    private String country;

    @FullTextField(analyzer = BulgarianAnalysis.TRANSLITERATED, projectable = Projectable.YES)
    private String place;

    @GenericField(name = "year", aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    private String results;

    private String lessons;

    @Column(name = "partnership_id")
    private Long partnershipId;

    /** The story adds details its source does not hold, for illustration; the page says so. */
    @Column(nullable = false)
    private boolean illustrative;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name")
    private String authorName;

    /** The author agreed to be named on the practice's public pages and feed. */
    @Column(name = "author_public", nullable = false)
    private boolean authorPublic;

    @Column(name = "library_ref")
    private String libraryRef;

    /** The oblast of the author's library (or of the partnership it came from): whose coordinators moderate it. */
    @Column(name = "oblast_code")
    private String oblastCode;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeStatus status;

    @Column(name = "moderator_comment")
    private String moderatorComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(
            name = bg.libpartners.platform.search.ContentVersion.FIELD,
            searchable = Searchable.NO,
            sortable = Sortable.YES,
            projectable = Projectable.YES)
    private Instant updatedAt;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    @IndexedEmbedded
    @ElementCollection
    @CollectionTable(name = "practice_partner", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "pos")
    private List<PracticePartner> partners = new ArrayList<>();

    @KeywordField(name = "field", aggregable = Aggregable.YES)
    @ElementCollection
    @CollectionTable(name = "practice_field", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "field_code")
    private Set<String> fields = new LinkedHashSet<>();

    @KeywordField(name = "targetGroup", aggregable = Aggregable.YES)
    @ElementCollection
    @CollectionTable(name = "practice_target_group", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "group_code")
    private Set<String> targetGroups = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "practice_figure", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "pos")
    private List<PracticeFigure> figures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "practice_image", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "pos")
    private List<PracticeImage> images = new ArrayList<>();

    protected GoodPractice() {}

    GoodPractice(String slug, Long authorId, String authorName, String libraryRef, Instant now) {
        this(slug, authorId, authorName, libraryRef, null, now);
    }

    GoodPractice(String slug, Long authorId, String authorName, String libraryRef, String oblastCode, Instant now) {
        this.slug = slug;
        this.authorId = authorId;
        this.authorName = authorName;
        this.libraryRef = libraryRef;
        this.oblastCode = oblastCode;
        this.status = PracticeStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what the author wrote; only while the practice is a draft or was returned. */
    void write(PracticeDraft draft, String sanitisedStory, Instant now) {
        if (id != null && !status.editable()) {
            throw new ConflictException("practice.error.notEditable");
        }
        fill(draft, sanitisedStory, now);
    }

    /**
     * The programme writes one of its seeded examples, or corrects it in whatever state it is (the seeder corrects
     * only a practice nobody has edited since it was seeded).
     */
    void writeSeed(PracticeDraft draft, String sanitisedStory, boolean illustrative, Instant now) {
        fill(draft, sanitisedStory, now);
        this.illustrative = illustrative;
    }

    private void fill(PracticeDraft draft, String sanitisedStory, Instant now) {
        title = draft.title().strip();
        summary = draft.summary().strip();
        story = draft.story() == null ? "" : draft.story();
        storyHtml = sanitisedStory;
        country = draft.country();
        place = blankToNull(draft.place());
        startYear = draft.startYear();
        endYear = draft.endYear();
        results = blankToNull(draft.results());
        lessons = blankToNull(draft.lessons());
        partnershipId = draft.partnershipId();
        partners.clear();
        draft.partners().forEach(p -> partners.add(new PracticePartner(p.name().strip(), p.type())));
        fields.clear();
        fields.addAll(draft.fields());
        targetGroups.clear();
        targetGroups.addAll(draft.targetGroups());
        figures.clear();
        draft.figures().forEach(f -> figures.add(new PracticeFigure(f.label().strip(), f.amount())));
        updatedAt = now;
    }

    void addImage(String sha256, String mediaType, String caption) {
        images.add(new PracticeImage(sha256, mediaType, blankToNull(caption)));
    }

    void removeImage(int position) {
        if (position >= 0 && position < images.size()) {
            images.remove(position);
        }
    }

    void submit(Instant now) {
        require(status.editable());
        status = PracticeStatus.IN_REVIEW;
        updatedAt = now;
    }

    void publish(Instant now) {
        require(status == PracticeStatus.IN_REVIEW);
        status = PracticeStatus.PUBLISHED;
        moderatorComment = null;
        publishedAt = now;
        updatedAt = now;
    }

    /** Back to the author with what to change; a published practice can be withdrawn the same way. */
    void returnWith(String comment, Instant now) {
        require(status == PracticeStatus.IN_REVIEW || status == PracticeStatus.PUBLISHED);
        status = PracticeStatus.RETURNED;
        moderatorComment = comment.strip();
        updatedAt = now;
    }

    /**
     * The library it was written for was merged into another (a duplicate in the directory): it belongs to that one
     * now, and to its oblast for moderation when it has one. A change like any other: the version moves.
     */
    void followMerge(String keptLibrary, String keptOblast, Instant now) {
        libraryRef = keptLibrary;
        if (keptOblast != null) {
            oblastCode = keptOblast;
        }
        updatedAt = now;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ConflictException("practice.error.transition", status);
        }
    }

    /**
     * Title, place, summary, story, results, lessons and partners' names: what a search's words are looked for in.
     * The title comes three times, so that its words weigh more in the score without a second field to look them
     * up in.
     */
    @Transient
    @FullTextField(name = "text", analyzer = BulgarianAnalysis.TRANSLITERATED)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "place")),
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath(@PropertyValue(propertyName = "story")),
                @ObjectPath(@PropertyValue(propertyName = "results")),
                @ObjectPath(@PropertyValue(propertyName = "lessons")),
                @ObjectPath({@PropertyValue(propertyName = "partners"), @PropertyValue(propertyName = "name")})
            })
    String getText() {
        var text = new StringBuilder(title == null ? "" : title + '\n' + title + '\n' + title);
        for (var part : new String[] {place, summary, story, results, lessons}) {
            if (part != null) {
                text.append('\n').append(part);
            }
        }
        partners.forEach(p -> text.append('\n').append(p.getName()));
        return text.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getStory() {
        return story;
    }

    String getStoryHtml() {
        return storyHtml;
    }

    String getCountry() {
        return country;
    }

    String getPlace() {
        return place;
    }

    Integer getStartYear() {
        return startYear;
    }

    Integer getEndYear() {
        return endYear;
    }

    String getResults() {
        return results;
    }

    String getLessons() {
        return lessons;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    boolean isIllustrative() {
        return illustrative;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getAuthorName() {
        return authorName;
    }

    boolean isAuthorPublic() {
        return authorPublic;
    }

    void setAuthorPublic(boolean authorPublic) {
        this.authorPublic = authorPublic;
    }

    String getLibraryRef() {
        return libraryRef;
    }

    String getOblastCode() {
        return oblastCode;
    }

    PracticeStatus getStatus() {
        return status;
    }

    String getModeratorComment() {
        return moderatorComment;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    long getVersion() {
        return version;
    }

    List<PracticePartner> getPartners() {
        return partners;
    }

    Set<String> getFields() {
        return fields;
    }

    Set<String> getTargetGroups() {
        return targetGroups;
    }

    List<PracticeFigure> getFigures() {
        return figures;
    }

    List<PracticeImage> getImages() {
        return images;
    }
}
