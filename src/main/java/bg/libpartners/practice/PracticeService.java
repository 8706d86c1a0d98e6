package bg.libpartners.practice;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.material.FileKind;
import bg.libpartners.material.UploadService;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, moderating and reading good practices. Who may do what is decided here, not by URL: drafts are seen only
 * by their author's library and the moderators, and anyone else is told they do not exist. Coordinators moderate the
 * practices of libraries in their oblasts (the practice's {@code oblastCode}); administrators moderate all, and alone
 * those without an oblast (the programme's examples, practices written abroad or by an administrator).
 */
@Service
public class PracticeService {

    static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;

    private final Practices practices;
    private final StoryRenderer renderer;
    private final UploadService uploads;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final PracticeNotifier notices;

    PracticeService(
            Practices practices,
            StoryRenderer renderer,
            UploadService uploads,
            Directory directory,
            ApplicationEventPublisher events,
            PracticeNotifier notices) {
        this.notices = notices;
        this.practices = practices;
        this.renderer = renderer;
        this.uploads = uploads;
        this.directory = directory;
        this.events = events;
    }

    /**
     * Starts a draft practice for the signed-in librarian, coordinator or admin, prefilled by the caller (the
     * partnership module's "publish as a good practice"); the author then completes it and sends it for review.
     *
     * @return the id of the new draft, to be opened at {@code /practices/{id}/edit}
     */
    @Transactional
    public Long draftFrom(PracticeDraft prefilled) {
        var me = author();
        validate(prefilled);
        var home = directory.homeOf(me);
        var library = home.library();
        var oblast = home.oblast();
        return create(me, prefilled, library, oblast);
    }

    /**
     * Starts a draft that belongs to a library and its oblast rather than to the author's own library: a
     * partnership published as a good practice belongs to its lead library, whoever of its staff or of the
     * moderators starts it. The caller has checked that the current user may act for that library.
     */
    @Transactional
    public Long draftFor(PracticeDraft prefilled, long libraryId, String oblastCode) {
        var me = author();
        validate(prefilled);
        return create(me, prefilled, String.valueOf(libraryId), oblastCode);
    }

    /** The newest practice started from this partnership that can still be edited, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> editableDraftOf(long partnershipId) {
        return practices.findByPartnershipIdOrderByIdDesc(partnershipId).stream()
                .filter(p -> p.getStatus().editable())
                .map(GoodPractice::getId)
                .findFirst();
    }

    private Long create(CurrentUser me, PracticeDraft prefilled, String library, String oblast) {
        var practice = new GoodPractice(
                Slugs.unique(prefilled.title()), me.id(), me.displayName(), library, oblast, Instant.now());
        practice.write(prefilled, renderer.toSafeHtml(prefilled.story()), Instant.now());
        return practices.save(practice).getId();
    }

    @Transactional
    public void update(long id, PracticeDraft draft, long expectedVersion) {
        var practice = editable(id);
        if (practice.getVersion() != expectedVersion) {
            throw new ConflictException("platform.error.lostUpdate");
        }
        validate(draft);
        practice.write(draft, renderer.toSafeHtml(draft.story()), Instant.now());
    }

    /** Whether the current user wrote the practice and, if so, whether they agreed to be named publicly. */
    @Transactional(readOnly = true)
    public Optional<Boolean> authorConsent(long id) {
        var practice = find(id);
        return CurrentUser.get()
                .filter(me -> me.id() != null && me.id().equals(practice.getAuthorId()))
                .map(me -> practice.isAuthorPublic());
    }

    /** The author's own choice to be named, or no longer, on the practice's public pages and feed. */
    @Transactional
    public void nameAuthor(long id, boolean named) {
        var me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        var practice = find(id);
        if (me.id() == null || !me.id().equals(practice.getAuthorId())) {
            throw new AccessDeniedException("only the author decides whether they are named");
        }
        practice.setAuthorPublic(named);
        events.publishEvent(new PracticeSearch.PracticesChanged());
    }

    @Transactional
    public void submit(long id) {
        var practice = editable(id);
        practice.submit(Instant.now());
        notices.submitted(practice);
    }

    @Transactional
    public void publish(long id) {
        var practice = moderated(id);
        practice.publish(Instant.now());
        notices.published(practice);
        events.publishEvent(new PracticeSearch.PracticesChanged());
    }

    @Transactional
    public void returnWith(long id, String comment) {
        var practice = moderated(id);
        if (comment == null || comment.isBlank()) {
            throw new BadRequestException("comment", "practice.error.commentRequired");
        }
        practice.returnWith(comment.length() > 4000 ? comment.substring(0, 4000) : comment, Instant.now());
        notices.returned(practice);
        events.publishEvent(new PracticeSearch.PracticesChanged());
    }

    /** Adds a picture after checking by content that it is one. */
    @Transactional
    public void addImage(long id, InputStream content, String filename, String caption) {
        var practice = editable(id);
        if (practice.getImages().size() >= 12) {
            throw new BadRequestException("file", "practice.error.tooManyImages", 12);
        }
        var image = uploads.accept(content, filename, FileKind.IMAGES, MAX_IMAGE_BYTES);
        practice.addImage(image.sha256(), image.mediaType(), caption);
    }

    @Transactional
    public void removeImage(long id, int position) {
        editable(id).removeImage(position);
    }

    /** A practice the current visitor may see; anything else is "not found", never "forbidden". */
    @Transactional(readOnly = true)
    public PracticeView view(long id) {
        var practice = find(id);
        if (!visible(practice)) {
            throw new NotFoundException("practice.notFound", id);
        }
        return PracticeView.of(practice);
    }

    @Transactional(readOnly = true)
    public Optional<PracticeView> viewBySlug(String slug) {
        return practices.findBySlug(slug).filter(this::visible).map(PracticeView::of);
    }

    /** The bytes of a picture of a practice the visitor may see. */
    @Transactional(readOnly = true)
    public ImageFile image(long id, int position) {
        var view = view(id);
        if (position < 0 || position >= view.images().size()) {
            throw new NotFoundException("practice.notFound", id);
        }
        var image = view.images().get(position);
        return new ImageFile(image.sha256(), image.mediaType());
    }

    public InputStream open(String sha256) {
        return uploads.open(sha256);
    }

    public record ImageFile(String sha256, String mediaType) {}

    /** Practices the current user wrote or their library wrote, in any state. */
    @Transactional(readOnly = true)
    public List<PracticeCard> mine() {
        var me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        Collection<String> libraries = me.refs(ScopeKind.LIBRARY);
        return practices.cardsOf(me.id(), libraries.isEmpty() ? List.of("-") : libraries, PageRequest.of(0, 200));
    }

    /** What waits for this moderator: everything for an administrator, their oblasts' practices for a coordinator. */
    @Transactional(readOnly = true)
    public List<PracticeCard> reviewQueue() {
        var me = moderator();
        if (me.isAdmin()) {
            return practices.cardsWithStatus(PracticeStatus.IN_REVIEW, PageRequest.of(0, 200));
        }
        var oblasts = me.refs(ScopeKind.OBLAST);
        return oblasts.isEmpty()
                ? List.of()
                : practices.cardsWithStatusIn(PracticeStatus.IN_REVIEW, oblasts, PageRequest.of(0, 200));
    }

    /** The newest published practices, for the feed. */
    @Transactional(readOnly = true)
    public List<PracticeView> latestPublished(int count) {
        return practices.latestPublished(PageRequest.of(0, count)).stream()
                .map(PracticeView::of)
                .toList();
    }

    /** Published practices by id, in the order asked, for the brochure; unknown or unpublished ids are skipped. */
    @Transactional(readOnly = true)
    public List<PracticeView> published(List<Long> ids) {
        var found = practices.findAllById(ids);
        return ids.stream()
                .distinct()
                .flatMap(id -> found.stream().filter(p -> p.getId().equals(id)).findFirst().stream())
                .filter(p -> p.getStatus() == PracticeStatus.PUBLISHED)
                .map(PracticeView::of)
                .toList();
    }

    public boolean mayWrite() {
        return CurrentUser.get().map(PracticeService::writer).orElse(false);
    }

    public boolean mayModerate() {
        return CurrentUser.get().map(PracticeService::moderates).orElse(false);
    }

    /** Whether the current user may publish or return this practice (it is in their oblasts, or they are an admin). */
    public boolean mayModerate(PracticeView practice) {
        return practice.id() != null
                && CurrentUser.get().map(u -> moderates(u, find(practice.id()))).orElse(false);
    }

    public boolean mayEdit(PracticeView practice) {
        if (!practice.status().editable() || practice.id() == null) {
            return false;
        }
        return CurrentUser.get()
                .map(u -> {
                    var entity = find(practice.id());
                    return moderates(u, entity) || owns(u, entity);
                })
                .orElse(false);
    }

    boolean visible(GoodPractice practice) {
        return practice.getStatus() == PracticeStatus.PUBLISHED
                || CurrentUser.get()
                        .map(u -> moderates(u, practice) || owns(u, practice))
                        .orElse(false);
    }

    /** The practice, when the current user moderates it; "not found" when they may not even see it. */
    private GoodPractice moderated(long id) {
        var me = moderator();
        var practice = find(id);
        if (!moderates(me, practice)) {
            if (!visible(practice)) {
                throw new NotFoundException("practice.notFound", id);
            }
            throw new AccessDeniedException("not a moderator of oblast " + practice.getOblastCode());
        }
        return practice;
    }

    private GoodPractice editable(long id) {
        var practice = find(id);
        var me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!visible(practice)) {
            throw new NotFoundException("practice.notFound", id);
        }
        if (!moderates(me, practice) && !owns(me, practice)) {
            throw new AccessDeniedException("not the author");
        }
        if (!practice.getStatus().editable()) {
            throw new ConflictException("practice.error.notEditable");
        }
        return practice;
    }

    private GoodPractice find(long id) {
        return practices.findById(id).orElseThrow(() -> new NotFoundException("practice.notFound", id));
    }

    private static boolean owns(CurrentUser user, GoodPractice practice) {
        return practice != null
                && (user.id() != null && user.id().equals(practice.getAuthorId())
                        || practice.getLibraryRef() != null
                                && user.refs(ScopeKind.LIBRARY).contains(practice.getLibraryRef()));
    }

    private static boolean writer(CurrentUser user) {
        return user.role() == Role.LIBRARIAN || moderates(user);
    }

    /** A moderator at all: may see a review queue (an admin's holds everything, a coordinator's their oblasts). */
    private static boolean moderates(CurrentUser user) {
        return user.role() == Role.COORDINATOR || user.role() == Role.ADMIN;
    }

    /** Admins moderate every practice; coordinators those whose oblast is one of theirs. */
    static boolean moderates(CurrentUser user, GoodPractice practice) {
        return user.isAdmin()
                || user.role() == Role.COORDINATOR
                        && practice.getOblastCode() != null
                        && user.refs(ScopeKind.OBLAST).contains(practice.getOblastCode());
    }

    private static CurrentUser author() {
        var me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!writer(me)) {
            throw new AccessDeniedException("not a practice author");
        }
        return me;
    }

    private static CurrentUser moderator() {
        var me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!moderates(me)) {
            throw new AccessDeniedException("not a moderator");
        }
        return me;
    }

    static void validate(PracticeDraft d) {
        if (d.title() == null || d.title().isBlank() || d.title().length() > 300) {
            throw new BadRequestException("title", "practice.error.title");
        }
        if (d.summary() == null || d.summary().isBlank() || d.summary().length() > 2000) {
            throw new BadRequestException("summary", "practice.error.summary");
        }
        if (d.story() != null && d.story().length() > 50_000) {
            throw new BadRequestException("story", "practice.error.story");
        }
        if (d.country() == null || !d.country().matches("[A-Z]{2}")) {
            throw new BadRequestException("country", "practice.error.country");
        }
        d.partners().forEach(p -> {
            if (p.name() == null || p.name().isBlank() || !Codes.PARTNER_TYPES.contains(p.type())) {
                throw new BadRequestException("partners", "practice.error.partner");
            }
        });
        if (!Codes.FIELDS.containsAll(d.fields())) {
            throw new BadRequestException("fields", "practice.error.code");
        }
        if (!Codes.TARGET_GROUPS.containsAll(d.targetGroups())) {
            throw new BadRequestException("targetGroups", "practice.error.code");
        }
        if (d.startYear() != null && (d.startYear() < 1900 || d.startYear() > 2100)
                || d.endYear() != null && (d.endYear() < 1900 || d.endYear() > 2100)
                || d.startYear() != null && d.endYear() != null && d.endYear() < d.startYear()) {
            throw new BadRequestException("startYear", "practice.error.period");
        }
        d.figures().forEach(f -> {
            if (f.label() == null || f.label().isBlank() || f.amount() < 0) {
                throw new BadRequestException("figures", "practice.error.figure");
            }
        });
    }
}
