package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chitalishte's board and the staff of a library or partner. Who sees what: names, e-mails and phones are personal
 * data, seen only by those who keep the organisation ({@link #maySeePeople}: who may edit it, and for a chitalishte
 * also the librarians of the libraries it holds, who prepare its agreements) and by the person themselves (a
 * signed-in user whose account e-mail is the row's). Every other signed-in user sees the positions and terms without
 * a name; no one who is not signed in sees anything. Nothing of it reaches the search index, the exports or the open
 * data. Editors add, change and remove people, and invite one with an e-mail to work for the organisation (through
 * the account module's invitations, scoped to it).
 */
@Service
public class BoardAndStaff {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("[0-9+()./\\- ]{5,40}");
    private static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    private final Organisations organisations;
    private final OrganisationPeople people;
    private final InvitationService invitations;
    private final MessageSource messages;
    /** The application's clock (Bulgarian time): whose "today" starts and ends a term. */
    private final java.time.Clock clock;

    BoardAndStaff(
            Organisations organisations,
            OrganisationPeople people,
            InvitationService invitations,
            MessageSource messages,
            java.time.Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.invitations = invitations;
        this.messages = messages;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The board or staff as this reader may see it; empty for no one signed in. */
    @Transactional(readOnly = true)
    public People of(CurrentUser me, long organisationId) {
        var o = organisation(organisationId);
        var list = PeopleList.of(o.getKind());
        boolean editable = me != null && Directory.mayEdit(me, o);
        if (me == null) {
            return new People(organisationId, list, false, List.of(), List.of(), PersonRole.of(list));
        }
        boolean keeper = editable || maySeePeople(me, o);
        var today = today();
        var current = new ArrayList<PersonView>();
        var former = new ArrayList<PersonView>();
        for (var p : sorted(people.findByOrganisationId(organisationId))) {
            (p.current(today) || p.getTermFrom() != null && p.getTermFrom().isAfter(today) ? current : former)
                    .add(view(me, keeper, p, today));
        }
        former.sort(Comparator.comparing(PersonView::termTo, Comparator.nullsLast(Comparator.reverseOrder())));
        return new People(organisationId, list, editable, current, former, PersonRole.of(list));
    }

    /** One person as this reader may see them. */
    @Transactional(readOnly = true)
    public PersonView one(CurrentUser me, long organisationId, long personId) {
        if (me == null) {
            throw new AccessDeniedException("people of " + organisationId);
        }
        var o = organisation(organisationId);
        return view(me, maySeePeople(me, o), person(organisationId, personId), today());
    }

    /**
     * Whether this reader sees the names and contacts of everyone on the organisation's board or staff: those who may
     * edit it (its librarians, board members or partner representatives, the coordinator of its oblast, an admin)
     * and, for a chitalishte, the librarians of a library it holds.
     */
    boolean maySeePeople(CurrentUser me, Organisation o) {
        if (me == null) {
            return false;
        }
        if (Directory.mayEdit(me, o)) {
            return true;
        }
        if (o.getKind() != OrganisationKind.CHITALISHTE || me.role() != Role.LIBRARIAN) {
            return false;
        }
        var mine = me.refs(ScopeKind.LIBRARY);
        return !mine.isEmpty()
                && organisations.findByParentId(o.getId()).stream()
                        .anyMatch(l -> mine.contains(String.valueOf(l.getId())));
    }

    @Transactional
    public PersonView add(CurrentUser me, long organisationId, PersonInput in) {
        var o = editable(me, organisationId);
        var p = new OrganisationPerson(organisationId, PersonRole.MEMBER, "", OrganisationPerson.Source.MANUAL);
        write(o, p, in);
        people.save(p);
        return view(me, true, p, today());
    }

    /** @throws ObjectOptimisticLockingFailureException when the row changed since {@code version} was read (409) */
    @Transactional
    public PersonView update(CurrentUser me, long organisationId, long personId, PersonInput in) {
        var o = editable(me, organisationId);
        var p = person(organisationId, personId);
        if (ExpectedVersion.required(in.version(), "version") != p.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(OrganisationPerson.class, personId);
        }
        write(o, p, in);
        people.flush();
        return view(me, true, p, today());
    }

    @Transactional
    public void remove(CurrentUser me, long organisationId, long personId) {
        editable(me, organisationId);
        people.delete(person(organisationId, personId));
    }

    /**
     * Invites the person, by the e-mail on their row, to work for this organisation: a board member for a chitalishte,
     * a librarian for a library, a partner for a partner organisation, with that one organisation as the scope.
     */
    @Transactional
    public InvitationService.Sent invite(CurrentUser me, long organisationId, long personId, Locale locale) {
        var o = editable(me, organisationId);
        var p = person(organisationId, personId);
        if (p.getEmail() == null) {
            throw new BadRequestException("email", "directory.person.error.noEmail");
        }
        if (!p.current(today())) {
            throw new BadRequestException("termTo", "directory.person.error.notCurrent");
        }
        var role = switch (o.getKind()) {
            case CHITALISHTE -> Role.BOARD_MEMBER;
            case LIBRARY -> Role.LIBRARIAN;
            case PARTNER -> Role.PARTNER;
        };
        return invitations.inviteOnBehalf(me, p.getEmail(), role, Scope.of(role.scopeKind(), o.getId()), locale);
    }

    /**
     * Who may sign for the organisation, as "name, position" (in Bulgarian, as agreements are written), the one who
     * signs by default first: for a chitalishte its board (the chair first); for a library the board of the
     * chitalishte that holds it, then its own staff (the head first); for a partner its staff. Only those in office,
     * and only of the boards and staffs whose names this reader may see ({@link #maySeePeople}): others type the
     * representative themselves.
     */
    @Transactional(readOnly = true)
    public List<String> signatories(CurrentUser me, long organisationId) {
        return signatories(organisationId, o -> maySeePeople(me, o));
    }

    /**
     * {@link #signatories(CurrentUser, long)} for work no one reads on a page: the demo data, which names its demo
     * boards in its demo agreements.
     */
    @Transactional(readOnly = true)
    public List<String> signatoriesForDemo(long organisationId) {
        return signatories(organisationId, o -> true);
    }

    private List<String> signatories(long organisationId, java.util.function.Predicate<Organisation> visible) {
        var o = organisations.findById(organisationId).orElse(null);
        if (o == null) {
            return List.of();
        }
        var ids = new ArrayList<Long>();
        if (o.getKind() == OrganisationKind.LIBRARY && o.getParentId() != null) {
            organisations
                    .findById(o.getParentId())
                    .filter(p -> p.getKind() == OrganisationKind.CHITALISHTE)
                    .filter(visible)
                    .ifPresent(p -> ids.add(p.getId()));
        }
        if (visible.test(o)) {
            ids.add(organisationId);
        }
        var today = today();
        var inOffice = new ArrayList<OrganisationPerson>();
        for (var id : ids) {
            sorted(people.findByOrganisationId(id)).stream()
                    .filter(p -> p.current(today))
                    .forEach(inOffice::add);
        }
        // those who sign (the holder's chair, then the head of staff) before everyone else, each list in its order
        inOffice.sort(
                Comparator.comparing((OrganisationPerson p) -> !p.getRole().signs()));
        return inOffice.stream()
                .map(p -> p.getName() + ", "
                        + messages.getMessage(
                                "directory.person.position." + p.getRole(),
                                null,
                                p.getRole().name(),
                                BULGARIAN))
                .distinct()
                .toList();
    }

    /** The register's chair and secretary of one chitalishte (either may be null: the register left it out). */
    record RegisterBoard(String chair, String secretary) {}

    /**
     * Fills the boards from the register, without duplicates. A name that already holds the role (in office, typed
     * in or imported) is left as it is. Another name in the register: the term of the person the register named before
     * in that role ends the day before, and the new one's term begins on the day of the import (the old one stays in
     * the list as history). People typed in by hand are never ended by the import; a role the register leaves empty
     * (or masks) changes nothing.
     */
    @Transactional
    void fromRegister(Map<Long, RegisterBoard> boards) {
        if (boards.isEmpty()) {
            return;
        }
        var today = today();
        var byOrganisation = new LinkedHashMap<Long, List<OrganisationPerson>>();
        for (var chunk : Directory.chunks(List.copyOf(boards.keySet()), 1000)) {
            people.findByOrganisationIdIn(chunk)
                    .forEach(p -> byOrganisation
                            .computeIfAbsent(p.getOrganisationId(), k -> new ArrayList<>())
                            .add(p));
        }
        var added = new ArrayList<OrganisationPerson>();
        boards.forEach((id, board) -> {
            var existing = byOrganisation.getOrDefault(id, List.of());
            fill(id, PersonRole.CHAIR, board.chair(), existing, today, added);
            fill(id, PersonRole.SECRETARY, board.secretary(), existing, today, added);
        });
        people.saveAll(added);
    }

    /**
     * What {@link #fromRegister} would do to these boards, without doing it (the import's preview): per board and
     * role, the name that would join and the names whose term would end.
     */
    @Transactional(readOnly = true)
    Map<Long, List<ImportReport.BoardChange>> changes(Map<Long, RegisterBoard> boards) {
        var today = today();
        var byOrganisation = new LinkedHashMap<Long, List<OrganisationPerson>>();
        for (var chunk : Directory.chunks(List.copyOf(boards.keySet()), 1000)) {
            people.findByOrganisationIdIn(chunk)
                    .forEach(p -> byOrganisation
                            .computeIfAbsent(p.getOrganisationId(), k -> new ArrayList<>())
                            .add(p));
        }
        var result = new LinkedHashMap<Long, List<ImportReport.BoardChange>>();
        boards.forEach((id, board) -> {
            var existing = byOrganisation.getOrDefault(id, List.of());
            var list = new ArrayList<ImportReport.BoardChange>();
            change(PersonRole.CHAIR, board.chair(), existing, today).ifPresent(list::add);
            change(PersonRole.SECRETARY, board.secretary(), existing, today).ifPresent(list::add);
            if (!list.isEmpty()) {
                result.put(id, list);
            }
        });
        return result;
    }

    /** The change the register's {@code name} in {@code role} makes, if any (the same rule as {@link #fill}). */
    static java.util.Optional<ImportReport.BoardChange> change(
            PersonRole role, String name, List<OrganisationPerson> existing, LocalDate today) {
        var ending = replaced(role, name, existing, today);
        return ending == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new ImportReport.BoardChange(
                        0,
                        null,
                        null,
                        role.name(),
                        name.trim(),
                        ending.stream().map(OrganisationPerson::getName).toList()));
    }

    /** Null when the name changes nothing; else the register's people in the role whose term the name ends. */
    private static List<OrganisationPerson> replaced(
            PersonRole role, String name, List<OrganisationPerson> existing, LocalDate today) {
        if (name == null || name.isBlank()) {
            return null;
        }
        var sameName = normal(name);
        var inRole = existing.stream()
                .filter(p -> p.getRole() == role && p.current(today))
                .toList();
        if (inRole.stream().anyMatch(p -> normal(p.getName()).equals(sameName))) {
            return null;
        }
        return inRole.stream()
                .filter(p -> p.getSource() == OrganisationPerson.Source.REGISTER)
                .toList();
    }

    private static void fill(
            long id,
            PersonRole role,
            String name,
            List<OrganisationPerson> existing,
            LocalDate today,
            List<OrganisationPerson> added) {
        var replaced = replaced(role, name, existing, today);
        if (replaced == null) {
            return;
        }
        replaced.forEach(p -> p.endTerm(today.minusDays(1)));
        var person = new OrganisationPerson(id, role, name.trim(), OrganisationPerson.Source.REGISTER);
        person.write(role, name.trim(), null, null, replaced.isEmpty() ? null : today, null);
        added.add(person);
    }

    /** A demo person, added by the directory's demo data (no one signed in). */
    @Transactional
    void addDemo(long organisationId, PersonRole role, String name, String email, LocalDate from, LocalDate to) {
        var p = new OrganisationPerson(organisationId, role, name, OrganisationPerson.Source.MANUAL);
        p.write(role, name, email, null, from, to);
        people.save(p);
    }

    /** A merge: the people of the removed organisation join the one that stays. */
    void moveAll(long keptId, long removedId) {
        people.moveAll(keptId, removedId);
    }

    private void write(Organisation o, OrganisationPerson p, PersonInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        var list = PeopleList.of(o.getKind());
        if (in.role() == null || in.role().list() != list) {
            errors.put("role", "directory.person.error.role." + list);
        }
        var name = trim(in.name());
        if (name == null || name.length() > 200) {
            errors.put("name", "directory.person.error.name");
        }
        var email = trim(in.email());
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            errors.put("email", "directory.person.error.email");
        }
        var phone = trim(in.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.put("phone", "directory.person.error.phone");
        }
        if (in.termFrom() != null && in.termTo() != null && in.termTo().isBefore(in.termFrom())) {
            errors.put("termTo", "directory.person.error.term");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOrganisationException(errors);
        }
        p.write(
                in.role(),
                name,
                email == null ? null : email.toLowerCase(Locale.ROOT),
                phone,
                in.termFrom(),
                in.termTo());
    }

    /** The row as this reader may see it: with name and contacts for a keeper and for the person, else without. */
    private PersonView view(CurrentUser me, boolean keeper, OrganisationPerson p, LocalDate today) {
        boolean self = me != null
                && p.getEmail() != null
                && me.email() != null
                && p.getEmail().equalsIgnoreCase(me.email());
        boolean visible = keeper || self;
        return new PersonView(
                p.getId(),
                p.getRole(),
                visible ? p.getName() : null,
                p.getTermFrom(),
                p.getTermTo(),
                p.current(today),
                visible,
                visible ? p.getEmail() : null,
                visible ? p.getPhone() : null,
                p.getSource() == OrganisationPerson.Source.REGISTER,
                p.getVersion());
    }

    private Organisation organisation(long id) {
        return organisations.findById(id).orElseThrow(() -> Directory.notFound(id));
    }

    private Organisation editable(CurrentUser me, long organisationId) {
        var o = organisation(organisationId);
        if (me == null || !Directory.mayEdit(me, o)) {
            throw new AccessDeniedException("organisation " + organisationId);
        }
        return o;
    }

    private OrganisationPerson person(long organisationId, long personId) {
        return people.findByIdAndOrganisationId(personId, organisationId)
                .orElseThrow(() -> new NotFoundException("directory.person.error.notFound", personId));
    }

    /** By role (chair, deputy, secretary, members; head, librarians, ...), then by name. */
    private static List<OrganisationPerson> sorted(List<OrganisationPerson> list) {
        return list.stream()
                .sorted(Comparator.comparing(OrganisationPerson::getRole)
                        .thenComparing(p -> p.getName().toLowerCase(BULGARIAN)))
                .toList();
    }

    private static String normal(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(BULGARIAN);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
