package bg.libpartners.directory;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.RepresentationRequest.Status;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rights on a partner organisation itself — editing its record, seeing every partnership it is in — are not handed out
 * with an invitation to one partnership: the representative asks, and an admin, a coordinator of the organisation's
 * oblast or an existing representative of it approves (the scope is then granted) or declines.
 */
@Service
public class RepresentationService {

    /** A request as the decider sees it. */
    public record RequestView(
            long id,
            long organisationId,
            String organisationName,
            String oblastName,
            long userId,
            String userName,
            String userEmail,
            Instant createdAt) {}

    private final RepresentationRequests requests;
    private final Organisations organisations;
    private final PlaceLabelLookup labels;
    private final AccountService accounts;

    RepresentationService(
            RepresentationRequests requests,
            Organisations organisations,
            PlaceLabelLookup labels,
            AccountService accounts) {
        this.requests = requests;
        this.organisations = organisations;
        this.labels = labels;
        this.accounts = accounts;
    }

    /** Whether this person may ask for rights on this organisation: a partner who does not hold them yet. */
    public static boolean mayAsk(CurrentUser me, OrganisationDetails org) {
        return me != null
                && me.role() == Role.PARTNER
                && org.summary().kind() == OrganisationKind.PARTNER
                && !me.covers(ScopeKind.ORGANISATION, org.summary().id());
    }

    /** Files the request (once: asking again while one waits returns that one); returns its id. */
    @Transactional
    public long ask(CurrentUser me, long organisationId) {
        var org = partner(organisationId);
        if (me == null || me.role() != Role.PARTNER) {
            throw new AccessDeniedException("only a partner asks to represent an organisation");
        }
        if (me.covers(ScopeKind.ORGANISATION, org.getId())) {
            throw new ConflictException("directory.representation.already");
        }
        return requests.findFirstByUserIdAndOrganisationIdAndStatus(me.id(), org.getId(), Status.PENDING)
                .map(RepresentationRequest::getId)
                .orElseGet(() -> requests.save(new RepresentationRequest(me.id(), org.getId()))
                        .getId());
    }

    /** Whether this person has a request for this organisation waiting. */
    @Transactional(readOnly = true)
    public boolean waiting(CurrentUser me, long organisationId) {
        return me != null
                && requests.findFirstByUserIdAndOrganisationIdAndStatus(me.id(), organisationId, Status.PENDING)
                        .isPresent();
    }

    /** The waiting requests this person may decide, oldest first. */
    @Transactional(readOnly = true)
    public List<RequestView> pending(CurrentUser me) {
        if (me == null) {
            return List.of();
        }
        var waiting = requests.findByStatusOrderByCreatedAt(Status.PENDING, PageRequest.of(0, 1000));
        Map<Long, Organisation> orgs = organisations
                .findAllById(waiting.stream()
                        .map(RepresentationRequest::getOrganisationId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return waiting.stream()
                .filter(r -> orgs.containsKey(r.getOrganisationId()))
                .filter(r -> mayDecide(me, orgs.get(r.getOrganisationId())) && r.getUserId() != me.id())
                .map(r -> view(r, orgs.get(r.getOrganisationId())))
                .toList();
    }

    /** The waiting requests for one organisation, when this person may decide them (else none). */
    @Transactional(readOnly = true)
    public List<RequestView> pending(CurrentUser me, long organisationId) {
        var org = organisations.findById(organisationId).orElse(null);
        if (me == null || org == null || !mayDecide(me, org)) {
            return List.of();
        }
        return requests.findByStatusAndOrganisationIdOrderByCreatedAt(Status.PENDING, organisationId).stream()
                .filter(r -> r.getUserId() != me.id())
                .map(r -> view(r, org))
                .toList();
    }

    /**
     * Approves (granting the requester the organisation's scope, effective at their next sign-in) or declines.
     *
     * @throws AccessDeniedException when this person may not decide for the organisation
     */
    @Transactional
    public void decide(CurrentUser me, long requestId, boolean approve) {
        var request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("directory.representation.notFound", requestId));
        var org = partner(request.getOrganisationId());
        if (me == null || !mayDecide(me, org) || request.getUserId() == me.id()) {
            throw new AccessDeniedException("representation request " + requestId);
        }
        if (request.getStatus() != Status.PENDING) {
            throw new ConflictException("directory.representation.decided");
        }
        if (approve) {
            if (accounts.get(request.getUserId()).role() != Role.PARTNER) {
                throw new ConflictException("directory.representation.notPartner");
            }
            accounts.grant(request.getUserId(), Scope.of(ScopeKind.ORGANISATION, org.getId()));
        }
        request.decide(approve, me.id());
    }

    /** Admins; coordinators of the organisation's oblast; its existing representatives. */
    static boolean mayDecide(CurrentUser me, Organisation org) {
        return org.getKind() == OrganisationKind.PARTNER
                && (me.isAdmin() || me.role() == Role.COORDINATOR || me.role() == Role.PARTNER)
                && Directory.mayEdit(me, org);
    }

    private Organisation partner(long id) {
        return organisations
                .findById(id)
                .filter(o -> o.getKind() == OrganisationKind.PARTNER)
                .orElseThrow(() -> Directory.notFound(id));
    }

    private RequestView view(RepresentationRequest r, Organisation org) {
        var user = accounts.get(r.getUserId());
        return new RequestView(
                r.getId(),
                org.getId(),
                org.getName(),
                labels.oblast(org.getOblastCode()),
                r.getUserId(),
                user.displayName(),
                user.email(),
                r.getCreatedAt());
    }
}
