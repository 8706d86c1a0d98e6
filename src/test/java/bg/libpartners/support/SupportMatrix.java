package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.material.TestFiles;
import bg.libpartners.security.MatrixModule;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Support's records for the role × endpoint table: a request of the demo librarian's library with a PDF, assigned to
 * the demo expert ({@code requests/id}, {@code attachments/attachmentId}), and a closed one published as a public
 * answer ({@code answers/id}); {@code experts/id} is the demo expert.
 */
public class SupportMatrix implements MatrixModule {

    @Override
    public void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values)
            throws Exception {
        var service = context.getBean(SupportService.class);
        var queries = context.getBean(SupportQueries.class);
        var knowledge = context.getBean(KnowledgeBase.class);
        var librarian = actors.get("librarian");
        var admin = actors.get("admin");
        var expert = actors.get("expert");

        long id = service.ask(
                librarian,
                new SupportService.AskInput(null, "PARTNERSHIP", "Матрица: как да намерим партньор?", null, null, null),
                List.of(new SupportService.FileInput(
                        "plan.pdf", new ByteArrayInputStream(TestFiles.pdf("План на партньорството")))));
        service.assign(admin, id, expert.id(), queries.view(admin, id).version());
        var attachment = queries.view(admin, id).attachments().get(0).id();

        long done = service.ask(
                librarian,
                new SupportService.AskInput(null, "AGREEMENT", "Матрица: кой подписва?", null, null, null),
                List.of());
        service.assign(admin, done, expert.id(), queries.view(admin, done).version());
        service.post(expert, done, "Читалището.", false, List.of());
        service.transition(
                librarian, done, SupportStatus.CLOSED, queries.view(admin, done).version());
        service.consent(librarian, done, true);
        long answer = knowledge.publish(expert, done, "Кой подписва споразумението?", "Читалището.");

        values.put("requests/id", String.valueOf(id));
        values.put("support-requests/id", String.valueOf(id));
        values.put("attachments/attachmentId", String.valueOf(attachment));
        values.put("answers/id", String.valueOf(answer));
        values.put("experts/id", String.valueOf(expert.id()));
    }

    @Override
    public Map<String, String> inputs() {
        return Map.of("POST /support/experts/{id}/topics", "topic=PARTNERSHIP&topic=AGREEMENT&topic=FUNDRAISING");
    }
}
