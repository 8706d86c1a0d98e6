package bg.libpartners.material;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Uploading, versioning, finding and downloading materials. */
@Service
public class MaterialService {

    private static final Set<Role> UPLOADERS = EnumSet.of(Role.LIBRARIAN, Role.COORDINATOR, Role.EXPERT, Role.ADMIN);
    /** Who may upload archives and Office files with macros: files that may run code when a reader opens them. */
    private static final Set<Role> ACTIVE_CONTENT = EnumSet.of(Role.COORDINATOR, Role.ADMIN);

    private final Materials materials;
    private final UploadService uploads;
    private final TextExtractor extractor;
    private final Directory directory;
    private final EntityManager entityManager;
    private final long maxBytes;

    MaterialService(
            Materials materials,
            UploadService uploads,
            TextExtractor extractor,
            Directory directory,
            EntityManager entityManager,
            MultipartProperties multipart) {
        this.materials = materials;
        this.uploads = uploads;
        this.extractor = extractor;
        this.directory = directory;
        this.entityManager = entityManager;
        this.maxBytes = multipart.getMaxFileSize().toBytes();
    }

    /** What describes a material, apart from its file. */
    public record Description(
            String title,
            MaterialKind kind,
            String language,
            String description,
            Set<String> tags,
            Set<Long> practiceIds) {}

    public record VersionView(
            int number,
            String filename,
            String mediaType,
            FileKind fileKind,
            String sha256,
            long size,
            String uploadedBy,
            Instant uploadedAt,
            long downloads,
            boolean activeContent) {}

    public record MaterialView(
            Long id,
            String title,
            MaterialKind kind,
            String language,
            String description,
            Set<String> tags,
            Set<Long> practiceIds,
            int currentVersion,
            long downloads,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            List<VersionView> versions,
            boolean mayChange) {

        /** Whether the version people download by default may run code when opened. */
        public boolean currentActiveContent() {
            return versions.stream().anyMatch(v -> v.number() == currentVersion && v.activeContent());
        }
    }

    public record MaterialCard(
            Long id,
            String title,
            MaterialKind kind,
            String language,
            Set<String> tags,
            int currentVersion,
            long downloads,
            Instant updatedAt) {}

    /** A file to send: what to call it and where its bytes are. */
    public record Download(String filename, String mediaType, long size, String sha256) {}

    public long maxBytes() {
        return maxBytes;
    }

    public boolean mayUpload() {
        return CurrentUser.get().map(u -> UPLOADERS.contains(u.role())).orElse(false);
    }

    @Transactional
    public Long upload(Description description, InputStream content, String filename) {
        var me = uploader();
        var now = Instant.now();
        var home = directory.homeOf(me);
        var library = home.library();
        var oblast = home.oblast();
        var material = new Material(
                description.title().strip(),
                description.kind(),
                language(description),
                blankToNull(description.description()),
                me.id(),
                me.displayName(),
                library,
                oblast,
                now);
        material.getTags().addAll(tags(description.tags()));
        if (description.practiceIds() != null) {
            material.getPracticeIds().addAll(description.practiceIds());
        }
        addFile(material, content, filename, me, now);
        return materials.save(material).getId();
    }

    /** A new version, by those who may change the material; checked before a byte of the file is read. */
    @Transactional
    public int addVersion(long id, InputStream content, String filename) {
        return addVersion(id, null, content, filename);
    }

    /**
     * A new version over the one the person saw: when another was added meanwhile, nothing is stored and the
     * person is told (409), so that nobody's version is superseded unseen. {@code seen} null: no such check.
     */
    @Transactional
    public int addVersion(long id, Integer seen, InputStream content, String filename) {
        var me = uploader();
        var material = changeable(id, me);
        if (seen != null && seen != material.getCurrentVersion()) {
            throw new ConflictException("material.error.versionAddedMeanwhile", material.getCurrentVersion(), seen);
        }
        return addFile(material, content, filename, me, Instant.now()).getNumber();
    }

    /** New title, tags, description and linked practices, by those who may change the material. */
    @Transactional
    public void describe(long id, Description description) {
        var material = changeable(id, uploader());
        material.describe(
                description.title().strip(),
                description.kind(),
                language(description),
                blankToNull(description.description()),
                Instant.now());
        material.getTags().clear();
        material.getTags().addAll(tags(description.tags()));
        material.getPracticeIds().clear();
        if (description.practiceIds() != null) {
            material.getPracticeIds().addAll(description.practiceIds());
        }
    }

    @Transactional(readOnly = true)
    public MaterialView get(long id) {
        var m = find(id);
        var versions = m.getVersions().stream().map(MaterialService::view).toList();
        boolean mayChange = CurrentUser.get()
                .filter(me -> UPLOADERS.contains(me.role()) && mayChange(me, m))
                .isPresent();
        return new MaterialView(
                m.getId(),
                m.getTitle(),
                m.getKind(),
                m.getLanguage(),
                m.getDescription(),
                Set.copyOf(m.getTags()),
                Set.copyOf(m.getPracticeIds()),
                m.getCurrentVersion(),
                m.getDownloads(),
                m.getCreatedByName(),
                m.getCreatedAt(),
                m.getUpdatedAt(),
                versions,
                mayChange);
    }

    /** Full-text search in titles, descriptions, tags and the text inside the files; newest first without words. */
    @Transactional(readOnly = true)
    public Page<MaterialCard> search(String q, MaterialKind kind, Pageable pageable) {
        var result = Search.session(entityManager)
                .search(Material.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (q != null && !q.isBlank()) {
                        root.add(f.or(
                                f.simpleQueryString()
                                        .fields("title", "description", "text", "tag_text")
                                        .matching(q)
                                        .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND),
                                f.simpleQueryString()
                                        .field("title_tr")
                                        .matching(q)
                                        .defaultOperator(
                                                org.hibernate.search.engine.search.common.BooleanOperator.AND)));
                    }
                    if (kind != null) {
                        root.add(f.match().field("kind").matching(kind.name()));
                    }
                })
                .sort(f -> q == null || q.isBlank() ? f.field("updatedAt").desc() : f.score())
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        var cards = result.hits().stream().map(MaterialService::card).toList();
        return new PageImpl<>(cards, pageable, result.total().hitCountLowerBound());
    }

    /** The materials that tell about a good practice, for its page. */
    @Transactional(readOnly = true)
    public List<MaterialCard> linkedTo(long practiceId) {
        return materials.linkedTo(practiceId).stream()
                .map(MaterialService::card)
                .toList();
    }

    /** Counts the download and says what to send. */
    @Transactional
    public Download download(long id, int number) {
        var version = materials.version(id, number).orElseThrow(() -> new NotFoundException("material.notFound", id));
        materials.countDownload(id);
        materials.countVersionDownload(version.getId());
        return new Download(version.getFilename(), version.getMediaType(), version.getSize(), version.getSha256());
    }

    public InputStream open(String sha256) {
        return uploads.open(sha256);
    }

    private MaterialVersion addFile(
            Material material, InputStream content, String filename, CurrentUser me, Instant now) {
        var name = filename(filename);
        var accepted = uploads.accept(content, name, FileKind.ALL, maxBytes, ACTIVE_CONTENT.contains(me.role()));
        String text;
        try (var in = uploads.open(accepted.sha256())) {
            text = extractor.extract(in, accepted.mediaType(), accepted.size());
        } catch (java.io.IOException e) {
            text = null;
        }
        return material.addVersion(name, accepted, text, me.id(), me.displayName(), now);
    }

    private Material find(long id) {
        return materials.findById(id).orElseThrow(() -> new NotFoundException("material.notFound", id));
    }

    private Material changeable(long id, CurrentUser me) {
        var material = find(id);
        if (!mayChange(me, material)) {
            throw new AccessDeniedException("material " + id);
        }
        return material;
    }

    /**
     * Its uploader, staff of the library it was uploaded for, coordinators of that library's oblast, and admins
     * may add versions or change what it is linked to; other uploaders may not.
     */
    static boolean mayChange(CurrentUser me, Material material) {
        return me.isAdmin()
                || me.id() != null && me.id().equals(material.getCreatedBy())
                || me.role() == Role.LIBRARIAN
                        && material.getLibraryRef() != null
                        && me.refs(ScopeKind.LIBRARY).contains(material.getLibraryRef())
                || me.role() == Role.COORDINATOR
                        && material.getOblastCode() != null
                        && me.refs(ScopeKind.OBLAST).contains(material.getOblastCode());
    }

    private static CurrentUser uploader() {
        var me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!UPLOADERS.contains(me.role())) {
            throw new AccessDeniedException("not an uploader");
        }
        return me;
    }

    private static VersionView view(MaterialVersion v) {
        return new VersionView(
                v.getNumber(),
                v.getFilename(),
                v.getMediaType(),
                v.getFileKind(),
                v.getSha256(),
                v.getSize(),
                v.getUploadedByName(),
                v.getUploadedAt(),
                v.getDownloads(),
                v.isActiveContent());
    }

    private static MaterialCard card(Material m) {
        return new MaterialCard(
                m.getId(),
                m.getTitle(),
                m.getKind(),
                m.getLanguage(),
                Set.copyOf(m.getTags()),
                m.getCurrentVersion(),
                m.getDownloads(),
                m.getUpdatedAt());
    }

    private static Set<String> tags(Set<String> tags) {
        if (tags == null) {
            return Set.of();
        }
        return tags.stream()
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .map(t -> t.length() > 60 ? t.substring(0, 60) : t)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String language(Description d) {
        return d.language() == null || d.language().isBlank()
                ? "bg"
                : d.language().strip();
    }

    private static String filename(String original) {
        if (original == null || original.isBlank()) {
            return "file";
        }
        var name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
