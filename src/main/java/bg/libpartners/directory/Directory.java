package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.Commits;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.cache.AnswerCache;
import bg.libpartners.taxonomy.PartnerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What other modules ask of the directory: any party by id, lists, search, partners near a library (for the
 * partnership builder) and who may edit what.
 */
@Service
public class Directory {

    private final Organisations organisations;
    private final PlaceLabelLookup labels;
    private final OrganisationSearch search;
    private final bg.libpartners.geography.Geography geography;
    private final TransactionTemplate reading;
    /** Records as read, before the asker's rights are applied: kept until the next write on any node. */
    private final AnswerCache<Long, Read> kept;

    /** A record with everything in it, and what {@link #mayEdit(CurrentUser, Rights)} needs to know of it. */
    private record Read(OrganisationDetails full, Rights rights) {}

    /** What decides who may edit an organisation. */
    private record Rights(long id, OrganisationKind kind, String oblastCode, Long parentId) {
        static Rights of(Organisation o) {
            return new Rights(o.getId(), o.getKind(), o.getOblastCode(), o.getParentId());
        }
    }

    Directory(
            Organisations organisations,
            PlaceLabelLookup labels,
            OrganisationSearch search,
            bg.libpartners.geography.Geography geography,
            PlatformTransactionManager transactions,
            DirectoryProperties properties) {
        this.organisations = organisations;
        this.labels = labels;
        this.search = search;
        this.geography = geography;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.kept = new AnswerCache<>(properties.detailsKept(), Duration.ofMinutes(10), Commits::generation);
    }

    /** @throws NotFoundException when there is no such organisation */
    @Transactional(readOnly = true)
    public OrganisationSummary find(long id) {
        return findOptional(id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    /** Where a person's work belongs: their first library (by id) and its oblast, or a coordinator's one oblast. */
    public record Home(String library, String oblast) {}

    /** The library and oblast a person's new material or practice belongs to (either may be null). */
    @Transactional(readOnly = true)
    public Home homeOf(CurrentUser me) {
        var library = new java.util.TreeSet<>(me.refs(ScopeKind.LIBRARY))
                .stream().findFirst().orElse(null);
        if (library != null) {
            return new Home(
                    library,
                    findOptional(Long.parseLong(library))
                            .map(OrganisationSummary::oblastCode)
                            .orElse(null));
        }
        if (me.role() == Role.COORDINATOR && me.refs(ScopeKind.OBLAST).size() == 1) {
            return new Home(null, me.refs(ScopeKind.OBLAST).iterator().next());
        }
        return new Home(null, null);
    }

    public Optional<OrganisationSummary> findOptional(long id) {
        return organisations.findById(id).map(labels::summary);
    }

    public OrganisationSummary find(OrganisationId id) {
        return find(id.value());
    }

    /** In the order of the ids given; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganisationSummary> byId = new LinkedHashMap<>();
        for (var chunk : chunks(List.copyOf(ids), 1000)) {
            organisations.findAllById(chunk).forEach(o -> byId.put(o.getId(), labels.summary(o)));
        }
        return ids.stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /** A page of organisations straight from the database, by kind and place (each filter may be null). */
    @Transactional(readOnly = true)
    public Page<OrganisationSummary> list(
            OrganisationKind kind, String oblastCode, String municipalityCode, Pageable pageable) {
        return organisations
                .list(kind, blankToNull(oblastCode), blankToNull(municipalityCode), pageable)
                .map(labels::summary);
    }

    /** Bulgarian full-text search with filters; see {@link OrganisationSearch}. */
    public Page<OrganisationSummary> search(
            String q,
            OrganisationKind kind,
            String type,
            String oblastCode,
            String municipalityCode,
            Pageable pageable) {
        return searchPage(new SearchFilter(q, kind, type, oblastCode, municipalityCode, null, null), pageable);
    }

    /** Search with facets, for the search page and the API. */
    public SearchResults search(SearchFilter filter, Pageable pageable) {
        return search.search(filter, pageable);
    }

    /** The facet counts alone (type, oblast, municipality, status, strategic) of a search. */
    public Map<String, Map<String, Long>> facets(SearchFilter filter) {
        return search.facets(filter);
    }

    /** A page of hits without facet counts (cheaper: for lists and the API). */
    public Page<OrganisationSummary> searchPage(SearchFilter filter, Pageable pageable) {
        return search.search(filter, pageable, false).page();
    }

    /**
     * A page of hits without facet counts whose total is exact only up to {@code exactCountUpTo} (cheaper for broad
     * searches in a large directory); {@link SearchResults#totalExact()} says whether it is.
     */
    public SearchResults searchPage(SearchFilter filter, Pageable pageable, int exactCountUpTo) {
        return search.search(filter, pageable, false, exactCountUpTo);
    }

    /** Oblast names by code and municipality names by code, from memory. */
    public Map<String, String> oblastNames() {
        return labels.oblastNames();
    }

    public Map<String, String> municipalityNames() {
        return labels.municipalityNames();
    }

    /**
     * Suggestions as you type (two letters at least), best first: the words as the search reads them, name and place,
     * the last one also as the start of a word.
     */
    public List<OrganisationSummary> suggest(String q, int limit) {
        return search.suggest(q, null, limit);
    }

    /** The same, of one kind only (a library, a chitalishte, a partner); every kind when {@code kind} is null. */
    public List<OrganisationSummary> suggest(String q, OrganisationKind kind, int limit) {
        return search.suggest(q, kind, limit);
    }

    /**
     * Partners of the given types near a library: first in its municipality, then elsewhere in its oblast, then the
     * national strategic partners; strategic partners first within each group. An empty set means every type.
     */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> nearby(
            String municipalityCode, String oblastCode, Set<PartnerType> types, int limit) {
        Collection<PartnerType> wanted = types == null || types.isEmpty() ? List.of(PartnerType.values()) : types;
        var found = new LinkedHashMap<Long, Organisation>();
        if (municipalityCode != null) {
            organisations
                    .partnersInMunicipality(municipalityCode, wanted, PageRequest.of(0, limit))
                    .forEach(o -> found.putIfAbsent(o.getId(), o));
        }
        if (found.size() < limit && oblastCode != null) {
            organisations
                    .partnersInOblastOutside(
                            oblastCode,
                            municipalityCode == null ? "" : municipalityCode,
                            wanted,
                            PageRequest.of(0, limit - found.size()))
                    .forEach(o -> found.putIfAbsent(o.getId(), o));
        }
        if (found.size() < limit) {
            organisations
                    .nationalPartners(wanted, PageRequest.of(0, limit))
                    .forEach(o -> found.putIfAbsent(o.getId(), o));
        }
        return found.values().stream().limit(limit).map(labels::summary).toList();
    }

    /**
     * The full record for the detail page and the API. Contacts (e-mails, phones) are personal data:
     * only those who may edit the organisation see them. Kept as read until the next write (a detail page asked again
     * costs no query); the asker's rights are applied to the kept record each time.
     */
    public OrganisationDetails details(CurrentUser me, long id) {
        var read = kept.get(id, () -> reading.execute(status -> read(id)));
        return read.full().seenBy(me != null && mayEdit(me, read.rights()));
    }

    private Read read(long id) {
        var o = organisations.findById(id).orElseThrow(() -> notFound(id));
        var parent = o.getParentId() == null
                ? null
                : organisations.findById(o.getParentId()).orElse(null);
        var held = o.getKind() == OrganisationKind.CHITALISHTE
                ? organisations.findByParentId(id).stream().map(labels::summary).toList()
                : List.<OrganisationSummary>of();
        var full = new OrganisationDetails(
                labels.summary(o),
                o.getRegisterNo(),
                o.isEikValid(),
                o.getAddress(),
                o.getLibraryKind(),
                o.getPartnerType(),
                o.getPartnerSubtype(),
                o.getParentId(),
                parent == null ? null : parent.getName(),
                true,
                o.getEmails(),
                o.getPhones(),
                o.getWebsite(),
                o.getDescription(),
                o.getStrategicReason(),
                o.getConsentAt(),
                o.getUpdatedAt(),
                o.getVersion(),
                held,
                true,
                kmFromSettlement(o));
        return new Read(full, Rights.of(o));
    }

    private Double kmFromSettlement(Organisation o) {
        if (o.getPositionSource() == null || o.getPositionSource().approximate() || o.getLat() == null) {
            return null;
        }
        var km = geography.kmFromSettlement(o.getEkatte(), o.getLat(), o.getLon());
        return km.isPresent() ? Math.round(km.getAsDouble() * 10) / 10.0 : null;
    }

    /** The libraries a chitalishte holds. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> librariesOf(long chitalishteId) {
        return organisations.findByParentId(chitalishteId).stream()
                .map(labels::summary)
                .toList();
    }

    /** The chitalishte that holds a library (the legal entity that signs its agreements), if any. */
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> holderOf(long libraryId) {
        var library = organisations.findById(libraryId);
        return library.map(Organisation::getParentId)
                .flatMap(organisations::findById)
                .filter(parent -> parent.getKind() == OrganisationKind.CHITALISHTE
                        || !library.get().isEikValid())
                .map(labels::summary);
    }

    /**
     * Admins edit anything; coordinators what lies in their oblasts; librarians their libraries; board members their
     * chitalishte and the libraries it holds; partners their organisation.
     */
    @Transactional(readOnly = true)
    public boolean mayEdit(CurrentUser me, long id) {
        return me != null && organisations.findById(id).map(o -> mayEdit(me, o)).orElse(false);
    }

    /** @throws AccessDeniedException when {@link #mayEdit} says no */
    public void checkMayEdit(CurrentUser me, long id) {
        if (!mayEdit(me, id)) {
            throw new AccessDeniedException("organisation " + id);
        }
    }

    static boolean mayEdit(CurrentUser me, Organisation o) {
        return mayEdit(me, Rights.of(o));
    }

    private static boolean mayEdit(CurrentUser me, Rights o) {
        if (me.isAdmin()) {
            return true;
        }
        String id = String.valueOf(o.id());
        return switch (me.role()) {
            case COORDINATOR ->
                o.oblastCode() != null && me.refs(ScopeKind.OBLAST).contains(o.oblastCode());
            case LIBRARIAN ->
                o.kind() == OrganisationKind.LIBRARY
                        && me.refs(ScopeKind.LIBRARY).contains(id);
            case BOARD_MEMBER ->
                me.refs(ScopeKind.CHITALISHTE).contains(id)
                        || o.parentId() != null
                                && me.refs(ScopeKind.CHITALISHTE)
                                        .contains(o.parentId().toString());
            case PARTNER ->
                o.kind() == OrganisationKind.PARTNER
                        && me.refs(ScopeKind.ORGANISATION).contains(id);
            default -> false;
        };
    }

    /** Who may add an organisation of this kind: partners by anyone who builds partnerships, the rest by staff. */
    public static boolean mayCreate(CurrentUser me, OrganisationKind kind) {
        if (me == null) {
            return false;
        }
        if (kind == OrganisationKind.PARTNER) {
            return me.role() != Role.EXPERT;
        }
        return me.isAdmin() || me.role() == Role.COORDINATOR;
    }

    /** The register's e-mails and phones of organisations, for those who run a survey of them (not for display). */
    public record Contact(long id, String emails, String phones) {}

    /** Contacts by id; unknown ids are left out. The caller has checked who may see them. */
    @Transactional(readOnly = true)
    public Map<Long, Contact> contacts(Collection<Long> ids) {
        Map<Long, Contact> found = new LinkedHashMap<>();
        for (var chunk : chunks(List.copyOf(ids), 1000)) {
            organisations
                    .findAllById(chunk)
                    .forEach(o -> found.put(o.getId(), new Contact(o.getId(), o.getEmails(), o.getPhones())));
        }
        return found;
    }

    /** The organisation with this EIK/BULSTAT (the first by id when the register holds it twice). */
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByEik(String eik) {
        if (eik == null || eik.isBlank()) {
            return Optional.empty();
        }
        return organisations.findByEik(eik.trim()).stream()
                .min(java.util.Comparator.comparing(Organisation::getId))
                .map(labels::summary);
    }

    /** The organisation of exactly this name (any case) in the settlement of this name (any case), if one. */
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByNameIn(String name, String settlementName) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String place = settlementName == null
                ? ""
                : settlementName.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(гр\\.|с\\.)\\s*", "");
        return organisations.findByNameIgnoringCase(name.trim()).stream()
                .filter(o -> place.isEmpty()
                        || o.getSettlementName() != null
                                && o.getSettlementName()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .endsWith(place))
                .min(java.util.Comparator.comparing(Organisation::getId))
                .map(labels::summary);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("directory.error.notFound", id);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static <T> List<List<T>> chunks(List<T> list, int size) {
        var result = new ArrayList<List<T>>();
        for (int i = 0; i < list.size(); i += size) {
            result.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return result;
    }
}
