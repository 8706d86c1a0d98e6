package bg.libpartners.material;

import bg.libpartners.platform.search.BulgarianAnalysis;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A brochure, presentation, video, disc image or template. Each upload of a new file adds a version; the old ones
 * are kept. The text of the current version is indexed so that what is inside a PDF, DOCX or PPTX can be found.
 */
@Entity
@Table(name = "material")
@Indexed(index = "material")
class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = BulgarianAnalysis.BULGARIAN)
    @FullTextField(name = "title_tr", analyzer = BulgarianAnalysis.TRANSLITERATED)
    @Column(nullable = false)
    private String title;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialKind kind;

    @KeywordField
    @Column(name = "lang", nullable = false)
    private String language;

    @FullTextField(analyzer = BulgarianAnalysis.BULGARIAN)
    private String description;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @FullTextField(analyzer = BulgarianAnalysis.BULGARIAN)
    @Column(name = "current_text")
    private String text;

    @Column(nullable = false)
    private long downloads;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_by_name")
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "library_ref")
    private String libraryRef;

    @Column(name = "oblast_code")
    private String oblastCode;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @FullTextField(name = "tag_text", analyzer = BulgarianAnalysis.BULGARIAN)
    @KeywordField(name = "tag", aggregable = Aggregable.YES)
    @ElementCollection
    @CollectionTable(name = "material_tag", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @GenericField(name = "practice")
    @ElementCollection
    @CollectionTable(name = "material_practice", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "practice_id")
    private Set<Long> practiceIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<MaterialVersion> versions = new ArrayList<>();

    protected Material() {}

    Material(
            String title,
            MaterialKind kind,
            String language,
            String description,
            Long createdBy,
            String createdByName,
            String libraryRef,
            String oblastCode,
            Instant now) {
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.libraryRef = libraryRef;
        this.oblastCode = oblastCode;
        this.createdAt = now;
        describe(title, kind, language, description, now);
    }

    void describe(String title, MaterialKind kind, String language, String description, Instant now) {
        this.title = title;
        this.kind = kind;
        this.language = language;
        this.description = description;
        this.updatedAt = now;
    }

    /** Adds a file as the newest version; earlier versions stay downloadable. */
    MaterialVersion addVersion(
            String filename, UploadService.Accepted file, String extractedText, Long by, String byName, Instant now) {
        var next = new MaterialVersion(this, ++currentVersion, filename, file, by, byName, now);
        versions.add(next);
        this.text = extractedText;
        this.updatedAt = now;
        return next;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    MaterialKind getKind() {
        return kind;
    }

    String getLanguage() {
        return language;
    }

    String getDescription() {
        return description;
    }

    int getCurrentVersion() {
        return currentVersion;
    }

    String getText() {
        return text;
    }

    long getDownloads() {
        return downloads;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    /** The library of the uploader when it was uploaded, and its oblast; null for materials from before. */
    /**
     * The library it was shared by was a duplicate merged into another in the directory: it belongs to that one now,
     * and to its oblast when it has one; the version and time of change move.
     */
    void followMerge(String keptLibrary, String keptOblast, Instant now) {
        libraryRef = keptLibrary;
        if (keptOblast != null) {
            oblastCode = keptOblast;
        }
        updatedAt = now;
    }

    String getLibraryRef() {
        return libraryRef;
    }

    String getOblastCode() {
        return oblastCode;
    }

    String getCreatedByName() {
        return createdByName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    Set<String> getTags() {
        return tags;
    }

    Set<Long> getPracticeIds() {
        return practiceIds;
    }

    List<MaterialVersion> getVersions() {
        return versions;
    }
}
