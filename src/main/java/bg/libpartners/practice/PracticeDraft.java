package bg.libpartners.practice;

import java.util.List;
import java.util.Set;

/**
 * What an author writes about a practice; also what another module hands over to start one (the partnership module
 * fills it from a partnership's record). The story is Markdown or HTML; it is sanitised before it is kept.
 */
public record PracticeDraft(
        String title,
        String summary,
        String story,
        String country,
        String place,
        List<Partner> partners,
        Set<String> fields,
        Set<String> targetGroups,
        Integer startYear,
        Integer endYear,
        String results,
        List<Figure> figures,
        String lessons,
        Long partnershipId) {

    /** A partner by name and type code ({@link Codes#PARTNER_TYPES}). */
    public record Partner(String name, String type) {}

    /** A result in numbers. */
    public record Figure(String label, long amount) {}

    public PracticeDraft {
        partners = partners == null ? List.of() : List.copyOf(partners);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
