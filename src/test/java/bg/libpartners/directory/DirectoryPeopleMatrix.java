package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.security.MatrixModule;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The board and staff's records for the role × endpoint table, on the staff of the demo librarian's library
 * ({@code organisations/id}): a librarian with an e-mail ({@code people/personId}: read, edited, invited), and one for
 * each removal (page and API), so that the removal rows do not take the others' person away. Rows in
 * {@code security/role-endpoints/directory-people.csv}.
 */
public class DirectoryPeopleMatrix implements MatrixModule {

    @Override
    public void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values) {
        var boards = context.getBean(BoardAndStaff.class);
        long library = Long.parseLong(values.get("library"));
        var librarian = actors.get("librarian");
        values.put(
                "people/personId",
                String.valueOf(boards.add(
                                librarian,
                                library,
                                new PersonInput(
                                        PersonRole.LIBRARIAN,
                                        "Матрица Персоналова",
                                        "matrix-staff@matrix.test",
                                        "02 123 4567",
                                        null,
                                        null,
                                        null))
                        .id()));
        values.put(
                "/organisations/{id}/people/{personId}/delete personId",
                String.valueOf(boards.add(
                                librarian,
                                library,
                                new PersonInput(
                                        PersonRole.ASSISTANT, "Матрица Страницова", null, null, null, null, null))
                        .id()));
        values.put(
                "/api/v1/organisations/{id}/people/{personId} personId",
                String.valueOf(boards.add(
                                librarian,
                                library,
                                new PersonInput(PersonRole.OTHER, "Матрица Апиева", null, null, null, null, null))
                        .id()));
    }

    @Override
    public Map<String, String> inputs() {
        return Map.of(
                "POST /api/v1/organisations/{id}/people",
                "{\"role\":\"LIBRARIAN\",\"name\":\"Матрица {actor}\"}",
                "POST /organisations/{id}/people",
                "role=LIBRARIAN&name=Матрица {actor}");
    }
}
