package bg.libpartners.security;

import java.util.Map;

/**
 * The input a write sends when an empty one would be refused before the security decision is made, or when the
 * decision depends on what is in the body (the scope an invitation grants, the library a partnership is led by).
 * Pages take form parameters ({@code a=1&b=2}), the API JSON; {@code {name}} is a value of {@link MatrixRecords},
 * {@code {actor}} the column being run. Writes without an entry send nothing (pages) or {@code {}} (API); a read's
 * entry is its query string.
 */
final class SampleInputs {

    private static final String PARTNERSHIP = """
            {"title":"Матрица {actor}","leadLibraryId":{library},"targetGroups":["CHILDREN"],"fields":["READING"],
             "need":"Нужда","concept":"Концепция","goals":"Цели","channels":"Имейл","meetingRhythm":"Месечно",
             "reporting":"Отчет","evaluation":"Анкета","startDate":"2026-01-01","endDate":"2026-12-31",
             "parties":[{"organisationId":{partner},"role":"Съорганизатор","responsibilities":"Води учениците",
             "contributions":["EXPERTISE"],"benefits":"Нови читатели","representative":"Директор"}]}""";

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("POST /admin/invitations/new", "email=page-{actor}@matrix.test&role=LIBRARIAN&scope={library}"),
            Map.entry(
                    "POST /api/v1/admin/invitations",
                    "{\"email\":\"api-{actor}@matrix.test\",\"role\":\"LIBRARIAN\",\"scope\":\"{library}\"}"),
            Map.entry(
                    "POST /partnerships/new",
                    "title=Матрица&leadLibraryId={library}&startDate=2026-01-01&endDate=2026-12-31"),
            Map.entry("POST /api/v1/partnerships", PARTNERSHIP),
            Map.entry("POST /partnerships/{id}/parties/{partyId}/invite", "email=rep-{actor}@matrix.test"),
            Map.entry("POST /partnerships/{id}/transition", "status=NEGOTIATION&reason=Матрица"),
            Map.entry("POST /partnerships/{id}/agreement/decision", "number=1&decision=approve"),
            Map.entry("POST /api/v1/partnerships/{id}/agreement/decision", "{\"approve\":true,\"number\":1}"),
            Map.entry("POST /partnerships/{id}/agreement/signed", "number=1"),
            Map.entry(
                    "POST /api/v1/organisations",
                    "{\"kind\":\"PARTNER\",\"name\":\"Матрица {actor}\",\"partnerType\":\"NGO\"}"),
            Map.entry("POST /materials/new", "title=Матрица {actor}&kind=BROCHURE&language=bg"),
            // reads that would otherwise answer with the whole register, nine times over
            Map.entry("GET /organisations/export.csv", "oblast={oblast}&kind=PARTNER"),
            Map.entry("GET /organisations/export.xlsx", "oblast={oblast}&kind=PARTNER"),
            Map.entry("GET /api/v1/organisations/export", "oblast={oblast}&kind=PARTNER"),
            Map.entry("GET /api/v1/atlas/features.csv", "oblast={oblast}"),
            Map.entry("GET /api/v1/geography/settlements", "municipality=SOF46"),
            Map.entry("GET /api/v1/geography/municipalities", "oblast={oblast}"));

    private static final Map<String, String> MODULES = MatrixRecords.modules().stream()
            .flatMap(m -> m.inputs().entrySet().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private SampleInputs() {}

    static String of(String key, String actor, Map<String, String> values) {
        var input = INPUTS.get(key);
        if (input == null) {
            input = MODULES.get(key);
        }
        if (input == null) {
            return null;
        }
        input = input.replace("{actor}", actor.replace('_', '-'));
        for (var value : values.entrySet()) {
            input = input.replace("{" + value.getKey() + "}", value.getValue());
        }
        return input;
    }
}
