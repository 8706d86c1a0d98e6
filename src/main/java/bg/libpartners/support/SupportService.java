package bg.libpartners.support;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.material.FileKind;
import bg.libpartners.material.UploadService;
import bg.libpartners.notification.Notice;
import bg.libpartners.notification.Notice.Audience;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.NotFoundException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking, assigning, answering, moving and rating support requests. Every method takes the person acting and checks
 * them against the request ({@link SupportAccess}); input is checked whole before anything is written, and files
 * are checked by content on the way into the store, inside the same transaction, so a refused file leaves nothing
 * behind.
 */
@Service
public class SupportService {

    static final int MAX_QUESTION = 10_000;
    static final int MAX_MESSAGE = 20_000;
    static final int MAX_FILES = 5;

    private final SupportRequests requests;
    private final SupportMessages messages;
    private final SupportAttachments attachments;
    private final SupportTopics topics;
    private final ExpertTopics expertTopics;
    private final Directory directory;
    private final PartnershipService partnerships;
    private final AccountService accounts;
    private final UploadService uploads;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SupportProperties properties;
    private final WorkingHours hours = WorkingHours.bulgarian();

    SupportService(
            SupportRequests requests,
            SupportMessages messages,
            SupportAttachments attachments,
            SupportTopics topics,
            ExpertTopics expertTopics,
            Directory directory,
            PartnershipService partnerships,
            AccountService accounts,
            UploadService uploads,
            ApplicationEventPublisher events,
            Clock clock,
            SupportProperties properties) {
        this.requests = requests;
        this.messages = messages;
        this.attachments = attachments;
        this.topics = topics;
        this.expertTopics = expertTopics;
        this.directory = directory;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.uploads = uploads;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * A new request. {@code libraryId} may be null when the asker has one library; a partner names the partnership
     * they are party to ({@code linkKind} PARTNERSHIP), whose library the request goes to.
     */
    public record AskInput(
            Long libraryId, String topic, String question, LinkKind linkKind, Long linkId, String linkLabel) {}

    /** A file a person attaches: its name as given and its content, read once. */
    public record FileInput(String filename, InputStream content) {}

    WorkingHours hours() {
        return hours;
    }

    /** Who may ask: librarians, board members and partners. */
    public static boolean mayAsk(CurrentUser me) {
        return me != null
                && (me.role() == Role.LIBRARIAN || me.role() == Role.BOARD_MEMBER || me.role() == Role.PARTNER);
    }

    @Transactional
    public long ask(CurrentUser me, AskInput input, List<FileInput> files) {
        if (!mayAsk(me)) {
            throw new AccessDeniedException("only libraries and their partners ask for support");
        }
        var question = required(input.question(), "question", MAX_QUESTION);
        var topic = topic(input.topic());
        checkFiles(files);
        var linkLabel = blankToNull(input.linkLabel());
        OrganisationSummary library;
        if (input.linkKind() == LinkKind.PARTNERSHIP) {
            var partnership = partnership(me, input.linkId());
            linkLabel = partnership.title();
            library = directory.find(partnership.leadLibraryId());
            if (me.role() != Role.PARTNER && !asksFor(me, library)) {
                throw new BadRequestException("linkId", "support.error.link");
            }
        } else {
            if (input.linkKind() != null && (input.linkId() == null || linkLabel == null)) {
                throw new BadRequestException("linkId", "support.error.linkIncomplete");
            }
            library = library(me, input.libraryId());
        }
        if (linkLabel != null && linkLabel.length() > 300) {
            linkLabel = linkLabel.substring(0, 300);
        }
        var now = clock.instant();
        var chitalishte =
                directory.holderOf(library.id()).map(OrganisationSummary::id).orElse(null);
        var request = requests.save(new SupportRequest(
                me.id(),
                me.displayName(),
                library.id(),
                library.name(),
                chitalishte,
                library.oblastCode(),
                topic.getId(),
                question,
                input.linkKind(),
                input.linkKind() == null ? null : input.linkId(),
                input.linkKind() == null ? null : linkLabel,
                now,
                hours.plus(now, Duration.ofHours(topic.getTargetHours())),
                false));
        attach(request, null, files, false, me, now);
        messages.save(new SupportMessage(request.getId(), me.id(), me.displayName(), Side.ASKER, question, false, now));
        if (library.oblastCode() != null) {
            events.publishEvent(new Notice(
                    "support.requested",
                    List.of(Audience.scoped(Role.COORDINATOR, ScopeKind.OBLAST, library.oblastCode())),
                    "support.notice.requested",
                    List.of(String.valueOf(request.getId()), library.name(), topic.getNameBg()),
                    link(request),
                    "support.requested:" + request.getId()));
        }
        return request.getId();
    }

    /**
     * To an expert: by a coordinator of the request's oblast or an admin, to any expert; by an expert, to themselves,
     * while the request waits unassigned in one of their topics.
     */
    @Transactional
    public void assign(CurrentUser me, long id, Long expertId, Long version) {
        var request = visible(me, id);
        boolean mayTake = SupportAccess.mayTake(me, request, myTopics(me));
        boolean self = mayTake && (expertId == null || expertId.equals(me.id()));
        if (!SupportAccess.coordinates(me, request) && !self) {
            throw new AccessDeniedException("support request " + id);
        }
        long expected = ExpectedVersion.required(version, "version");
        if (expertId == null) {
            throw new BadRequestException("expertId", "support.error.expertMissing");
        }
        checkVersion(request, expected);
        var expert = accounts.withRole(Role.EXPERT).stream()
                .filter(u -> u.id().equals(expertId))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("expertId", "support.error.expertUnknown"));
        var now = clock.instant();
        request.assign(expert.id(), expert.displayName(), now);
        requests.flush();
        if (!expert.id().equals(me.id())) {
            events.publishEvent(new Notice(
                    "support.assigned",
                    List.of(Audience.user(expert.id())),
                    "support.notice.assigned",
                    List.of(String.valueOf(id), request.getLibraryName()),
                    link(request),
                    "support.assigned:" + id + ":" + expert.id() + ":" + now.toEpochMilli()));
        }
    }

    /**
     * A message in the thread. From the asker's side it goes to the expert (or the queue); from the support side it
     * is an answer the asker reads, or, {@code internal}, a note only the support side sees.
     */
    @Transactional
    public long post(CurrentUser me, long id, String body, boolean internal, List<FileInput> files) {
        var request = visible(me, id);
        var text = required(body, "body", MAX_MESSAGE);
        checkFiles(files);
        boolean asker = SupportAccess.askerSide(me, request) && !SupportAccess.coordinates(me, request);
        if (internal && asker) {
            throw new AccessDeniedException("internal notes are for the support side");
        }
        if (!asker && !SupportAccess.mayAnswer(me, request)) {
            throw new AccessDeniedException("take the request before answering it");
        }
        var now = clock.instant();
        var side = asker ? Side.ASKER : SupportAccess.sideOf(me, request);
        if (internal) {
            request.noted(now);
        } else if (asker) {
            request.askerWrote(now);
        } else {
            request.answered(now, hours);
        }
        var message = messages.save(new SupportMessage(id, me.id(), me.displayName(), side, text, internal, now));
        attach(request, message.getId(), files, internal, me, now);
        requests.flush();
        notifyMessage(me, request, message, asker);
        return message.getId();
    }

    /** Waiting for the asker (support side), closed (the asker's side or the coordinators) or reopened. */
    @Transactional
    public void transition(CurrentUser me, long id, SupportStatus target, Long version) {
        var request = visible(me, id);
        if (target == null) {
            throw new BadRequestException("status", "support.error.statusMissing");
        }
        boolean asker = SupportAccess.askerSide(me, request);
        boolean coordinates = SupportAccess.coordinates(me, request);
        permit(
                switch (target) {
                    case WAITING_FOR_ASKER -> SupportAccess.mayAnswer(me, request);
                    case CLOSED, NEW, ASSIGNED -> asker || coordinates;
                    case ANSWERED -> asker || SupportAccess.mayAnswer(me, request);
                });
        checkVersion(request, ExpectedVersion.required(version, "version"));
        var now = clock.instant();
        switch (target) {
            case WAITING_FOR_ASKER -> request.waitForAsker(now);
            case CLOSED -> request.close(now, false, hours);
            case NEW, ASSIGNED -> request.reopen(now);
            case ANSWERED ->
                throw new BadRequestException(
                        "status",
                        "support.error.transition",
                        request.getStatus().name(),
                        target.name());
        }
        requests.flush();
    }

    /** The asker's rating of the help, 1 to 5 with an optional comment, once the request is closed. */
    @Transactional
    public void rate(CurrentUser me, long id, Integer score, String comment) {
        var request = visible(me, id);
        permit(SupportAccess.askerSide(me, request));
        if (score == null || score < 1 || score > 5) {
            throw new BadRequestException("score", "support.error.score");
        }
        var text = blankToNull(comment);
        if (text != null && text.length() > 2000) {
            throw new BadRequestException("comment", "support.error.tooLong", 2000);
        }
        request.rate(score, text, clock.instant());
    }

    /** The asker agrees (or no longer agrees) that the request may become an anonymised public answer. */
    @Transactional
    public void consent(CurrentUser me, long id, boolean consent) {
        var request = visible(me, id);
        permit(SupportAccess.askerSide(me, request));
        request.consent(consent);
    }

    /** The auto-close job's step for one request; true when it closed it. */
    @Transactional
    boolean closeIfStale(long id, Instant now) {
        var request = requests.findById(id).orElse(null);
        if (request == null
                || request.getStatus() == SupportStatus.CLOSED
                || request.getLastAnswerAt() == null
                || request.getLastAnswerAt()
                        .plus(Duration.ofDays(properties.autoCloseDays()))
                        .isAfter(now)) {
            return false;
        }
        request.close(now, true, hours);
        return true;
    }

    Notice autoClosedNotice(long id) {
        var request = requests.findById(id).orElseThrow();
        return new Notice(
                "support.closed",
                List.of(Audience.user(request.getAskerId())),
                "support.notice.autoClosed",
                List.of(String.valueOf(id), String.valueOf(properties.autoCloseDays())),
                link(request),
                "support.autoclosed:" + id + ":" + request.getClosedAt().toEpochMilli());
    }

    SupportRequest visible(CurrentUser me, long id) {
        var request = requests.findById(id).orElseThrow(() -> new NotFoundException("support.error.notFound", id));
        if (!SupportAccess.mayView(me, request, myTopics(me))) {
            throw new NotFoundException("support.error.notFound", id);
        }
        return request;
    }

    Set<Long> myTopics(CurrentUser me) {
        return me.role() == Role.EXPERT ? expertTopics.of(me.id()) : Set.of();
    }

    private void notifyMessage(CurrentUser me, SupportRequest request, SupportMessage message, boolean asker) {
        var audience = new ArrayList<Audience>();
        if (asker || message.isInternal()) {
            if (request.getExpertId() != null && !request.getExpertId().equals(me.id())) {
                audience.add(Audience.user(request.getExpertId()));
            } else if (request.getExpertId() == null && request.getOblastCode() != null) {
                audience.add(Audience.scoped(Role.COORDINATOR, ScopeKind.OBLAST, request.getOblastCode()));
            }
        } else {
            audience.add(Audience.user(request.getAskerId()));
            if (request.getExpertId() != null && !request.getExpertId().equals(me.id())) {
                audience.add(Audience.user(request.getExpertId()));
            }
        }
        if (!audience.isEmpty()) {
            events.publishEvent(new Notice(
                    "support.message",
                    audience,
                    message.isInternal() ? "support.notice.note" : "support.notice.message",
                    List.of(String.valueOf(request.getId()), message.getAuthorName()),
                    link(request),
                    "support.message:" + message.getId()));
        }
    }

    private void attach(
            SupportRequest request,
            Long messageId,
            List<FileInput> files,
            boolean internal,
            CurrentUser me,
            Instant now) {
        if (files == null) {
            return;
        }
        long max = properties.maxFileMb() * 1024L * 1024L;
        for (var file : files) {
            var name = filename(file.filename());
            var accepted = uploads.accept(file.content(), name, FileKind.ALL, max);
            attachments.save(new SupportAttachment(
                    request.getId(),
                    messageId,
                    name,
                    accepted.mediaType(),
                    accepted.sha256(),
                    accepted.size(),
                    internal,
                    me.id(),
                    now));
        }
    }

    private void checkFiles(List<FileInput> files) {
        if (files != null && files.size() > MAX_FILES) {
            throw new BadRequestException("files", "support.error.tooManyFiles", MAX_FILES);
        }
    }

    private SupportTopic topic(String code) {
        if (code == null || code.isBlank()) {
            throw new BadRequestException("topic", "support.error.topicMissing");
        }
        return topics.findByCode(code.strip())
                .filter(SupportTopic::isActive)
                .orElseThrow(() -> new BadRequestException("topic", "support.error.topicUnknown", code));
    }

    private bg.libpartners.partnership.PartnershipDetails partnership(CurrentUser me, Long id) {
        if (id == null) {
            throw new BadRequestException("linkId", "support.error.linkIncomplete");
        }
        try {
            return partnerships.get(me, id);
        } catch (AccessDeniedException | NotFoundException e) {
            throw new BadRequestException("linkId", "support.error.link");
        }
    }

    /** The libraries a person asks for: a librarian's, the libraries a board member's chitalishte holds. */
    List<OrganisationSummary> librariesOf(CurrentUser me) {
        var result = new ArrayList<OrganisationSummary>();
        if (me.role() == Role.LIBRARIAN) {
            result.addAll(directory.findAll(me.refs(ScopeKind.LIBRARY).stream()
                    .map(Long::valueOf)
                    .sorted()
                    .toList()));
        } else if (me.role() == Role.BOARD_MEMBER) {
            for (var ref : new java.util.TreeSet<>(me.refs(ScopeKind.CHITALISHTE))) {
                result.addAll(directory.librariesOf(Long.parseLong(ref)));
            }
        }
        return result.stream().filter(o -> o.kind() == OrganisationKind.LIBRARY).toList();
    }

    /** The libraries a person may ask for, for the ask form. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> librariesFor(CurrentUser me) {
        return librariesOf(me);
    }

    /**
     * For the ask form's type-ahead: the libraries the person may ask for whose name or settlement has the words
     * (Cyrillic or Latin); every one of them when nothing is typed. Only these; {@link #ask} checks the choice again.
     */
    @Transactional(readOnly = true)
    public List<bg.libpartners.platform.pick.Choice> suggestLibraries(CurrentUser me, String q, int limit) {
        var words = q == null
                ? List.<String>of()
                : java.util.Arrays.stream(latin(q).split("\\s+"))
                        .filter(w -> !w.isBlank())
                        .toList();
        return librariesOf(me).stream()
                .filter(l -> {
                    var text = latin(l.name() + " " + (l.settlementName() == null ? "" : l.settlementName()));
                    return words.stream().allMatch(text::contains);
                })
                .limit(limit)
                .map(SupportService::choice)
                .toList();
    }

    /** The library as the picker names it, when the person may ask for it. */
    @Transactional(readOnly = true)
    public java.util.Optional<bg.libpartners.platform.pick.Choice> libraryChoice(CurrentUser me, long id) {
        return librariesOf(me).stream().filter(l -> l.id() == id).findFirst().map(SupportService::choice);
    }

    private static String latin(String text) {
        return bg.libpartners.platform.Transliteration.toLatin(text.strip().toLowerCase(java.util.Locale.ROOT))
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static bg.libpartners.platform.pick.Choice choice(OrganisationSummary l) {
        return new bg.libpartners.platform.pick.Choice(String.valueOf(l.id()), l.name(), l.settlementName());
    }

    private boolean asksFor(CurrentUser me, OrganisationSummary library) {
        return librariesOf(me).stream().anyMatch(l -> l.id() == library.id());
    }

    private OrganisationSummary library(CurrentUser me, Long libraryId) {
        var mine = librariesOf(me);
        if (libraryId == null) {
            if (mine.size() == 1) {
                return mine.get(0);
            }
            throw new BadRequestException(
                    "libraryId", mine.isEmpty() ? "support.error.noLibrary" : "support.error.libraryMissing");
        }
        return mine.stream()
                .filter(l -> l.id() == libraryId)
                .findFirst()
                .orElseThrow(() -> new BadRequestException(
                        "libraryId",
                        "support.error.libraryNotYours",
                        directory
                                .findOptional(libraryId)
                                .map(OrganisationSummary::name)
                                .orElse(String.valueOf(libraryId))));
    }

    private static void checkVersion(SupportRequest request, long expected) {
        if (request.getVersion() != expected) {
            throw new ConflictException("support.error.conflict", request.getVersion());
        }
    }

    private static void permit(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not for this request");
        }
    }

    static String link(SupportRequest request) {
        return "/support/requests/" + request.getId();
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException(field, "support.error.empty");
        }
        var stripped = text.strip();
        if (stripped.length() > max) {
            throw new BadRequestException(field, "support.error.tooLong", max);
        }
        return stripped;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String filename(String original) {
        if (original == null || original.isBlank()) {
            return "file";
        }
        var name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
