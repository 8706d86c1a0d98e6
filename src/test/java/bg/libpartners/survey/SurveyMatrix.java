package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.security.MatrixModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * The survey's records for the role × endpoint table: a launched campaign of the demo coordinator to the demo
 * librarian's library (with a personal link of that library), the inventory questionnaire, and a proposal.
 */
public class SurveyMatrix implements MatrixModule {

    @Override
    public void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values) {
        var campaigns = context.getBean(CampaignService.class);
        var inventory = context.getBean(InventorySeeder.class);
        var coordinator = actors.get("coordinator");
        long library = Long.parseLong(values.get("library"));
        long id = campaigns.create(
                coordinator,
                new CampaignInput(
                        "Матрица",
                        null,
                        LocalDate.now(),
                        LocalDate.now().plusDays(30),
                        inventory.inventoryId(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        List.of(library),
                        List.of(7, 2)));
        campaigns.launch(coordinator, id);
        String link = campaigns.issueLink(coordinator, id, library);
        String token = link.substring(link.indexOf("/s/") + 3);
        values.put("surveys/id", String.valueOf(id));
        values.put("answers/organisationId", String.valueOf(library));
        values.put("answer/organisationId", String.valueOf(library));
        values.put("links/organisationId", String.valueOf(library));
        values.put("responses/organisationId", String.valueOf(library));
        values.put("s/token", token);
        values.put("survey-answers/token", token);
        long questionnaire = context.getBean(QuestionnaireService.class)
                .create(
                        coordinator,
                        new QuestionnaireInput(
                                "Матрица",
                                null,
                                new Definition(List.of(new Definition.Section(
                                        "main",
                                        Definition.Text.of("Основно", null),
                                        null,
                                        false,
                                        null,
                                        null,
                                        List.of(new Definition.Question(
                                                "q1",
                                                QuestionKind.TEXT,
                                                Definition.Text.of("Въпрос", null),
                                                null,
                                                false,
                                                null,
                                                null,
                                                null,
                                                null))))),
                                null));
        values.put("questionnaires/id", String.valueOf(questionnaire));
        values.put("questions/key", "q1");
        values.put("survey-proposals/id", "999999999");
        values.put("proposals/pid", "999999999");
    }

    @Override
    public Map<String, String> inputs() {
        return Map.ofEntries(
                Map.entry("POST /surveys/proposals/{pid}", "action=reject"),
                Map.entry("POST /api/v1/survey-proposals/{id}/merge", "{\"organisationId\":{partner}}"),
                Map.entry("POST /questionnaires/{id}/sections", "version=999&key=extra&titleBg=Още"),
                Map.entry(
                        "POST /questionnaires/{id}/questions", "version=999&section=main&key=q9&kind=TEXT&labelBg=Още"),
                Map.entry("POST /questionnaires/{id}/questions/{key}/remove", "version=999"),
                Map.entry("POST /questionnaires/{id}/questions/{key}", "version=999&kind=TEXT&labelBg=Друг"),
                Map.entry("POST /questionnaires/{id}/questions/{key}/move", "version=999&direction=down"),
                Map.entry(
                        "PUT /api/v1/questionnaires/{id}/questions/{key}",
                        "{\"kind\":\"TEXT\",\"labelBg\":\"Друг\",\"version\":999}"),
                Map.entry(
                        "POST /api/v1/questionnaires/{id}/questions/{key}/move",
                        "{\"direction\":\"DOWN\",\"version\":999}"),
                Map.entry("PUT /api/v1/questionnaires/{id}", "{\"titleBg\":\"Матрица\",\"version\":999}"),
                Map.entry("PUT /api/v1/surveys/{id}/answers/{organisationId}", "{\"version\":999}"),
                Map.entry("PUT /api/v1/survey-answers/{token}", "{\"version\":999}"));
    }
}
