package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.partnership.InvalidPartnershipException.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessment on the seed's principles and conditions. A librarian rates for the lead library, a partner's
 * representative for their own party; coordinators and admins may enter either on someone's behalf. Every
 * assessment is kept, so the history shows the way the partnership went.
 */
@Service
public class AssessmentService {

    /** What the form and the API send: the party rated (none for the lead library) and a rating per criterion. */
    public record AssessmentRequest(Long partyId, Map<String, Integer> ratings) {}

    private final Assessments assessments;
    private final PartnershipService partnerships;
    private final PartnershipAccess access;

    AssessmentService(Assessments assessments, PartnershipService partnerships, PartnershipAccess access) {
        this.assessments = assessments;
        this.partnerships = partnerships;
        this.access = access;
    }

    /**
     * @throws InvalidPartnershipException naming {@code ratings.<CRITERION>} when one is missing or not 1–5;
     *     nothing is stored then
     */
    @Transactional
    public AssessmentView record(CurrentUser me, long partnershipId, AssessmentRequest request) {
        var p = partnerships.get(me, partnershipId);
        String partyName;
        if (request.partyId() == null) {
            access.checkEdit(me, p);
            partyName = p.leadLibraryName();
        } else {
            var party = p.parties().stream()
                    .filter(x -> x.id() == request.partyId())
                    .findFirst()
                    .orElseThrow(() -> new InvalidPartnershipException(
                            "partyId", "partnership.error.partyNotFound", request.partyId()));
            boolean onBehalf = access.mayEdit(me, p) && (me.is(Role.ADMIN) || me.is(Role.COORDINATOR));
            if (!onBehalf && !access.representsParty(me, party)) {
                throw new AccessDeniedException("party " + party.id());
            }
            partyName = party.organisationName();
        }
        var ratings = validate(request.ratings());
        var saved = assessments.save(new Assessment(
                partnershipId, request.partyId(), partyName, me.id(), me.displayName(), Instant.now(), ratings));
        return AssessmentView.of(saved);
    }

    /** Every assessment of the partnership, newest first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> history(CurrentUser me, long partnershipId) {
        partnerships.get(me, partnershipId);
        return assessments.findByPartnershipIdOrderByRatedAtDescIdDesc(partnershipId).stream()
                .map(AssessmentView::of)
                .toList();
    }

    static Map<Criterion, Integer> validate(Map<String, Integer> given) {
        var in = given == null ? Map.<String, Integer>of() : given;
        List<FieldProblem> problems = new ArrayList<>();
        for (var key : in.keySet()) {
            if (known(key) == null) {
                problems.add(
                        new FieldProblem("ratings." + key, "partnership.assessment.error.unknown", new Object[] {key}));
            }
        }
        var ratings = new EnumMap<Criterion, Integer>(Criterion.class);
        for (var c : Criterion.values()) {
            Integer rating = in.get(c.name());
            if (rating == null) {
                problems.add(new FieldProblem(
                        "ratings." + c.name(), "partnership.assessment.error.missing", new Object[] {c.name()}));
            } else if (rating < Criterion.MIN || rating > Criterion.MAX) {
                problems.add(
                        new FieldProblem("ratings." + c.name(), "partnership.assessment.error.range", new Object[] {
                            c.name(), Criterion.MIN, Criterion.MAX
                        }));
            } else {
                ratings.put(c, rating);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPartnershipException(problems);
        }
        return ratings;
    }

    private static Criterion known(String key) {
        for (var c : Criterion.values()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        return null;
    }
}

interface Assessments extends JpaRepository<Assessment, Long> {

    List<Assessment> findByPartnershipIdOrderByRatedAtDescIdDesc(long partnershipId);
}
