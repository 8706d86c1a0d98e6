package bg.libpartners.event;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.security.MatrixModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * The event module's records for the role × endpoint table: a meeting of the demo librarian's library in the demo
 * coordinator's oblast (invited: the people of that oblast), the librarian's registration and an action they own,
 * and the librarian's calendar feed.
 */
public class EventMatrix implements MatrixModule {

    @Override
    public void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values) {
        var librarian = actors.get("librarian");
        var start = LocalDate.now(EventTimes.ZONE).plusDays(30).atTime(10, 0);
        long id = context.getBean(EventService.class)
                .create(
                        librarian,
                        new EventInput(
                                EventKind.REGIONAL_MEETING,
                                "Матрица: регионална среща",
                                null,
                                start,
                                start.plusHours(2),
                                EventFixtures.PLOVDIV,
                                null,
                                null,
                                50,
                                null,
                                Long.valueOf(values.get("library")),
                                Set.of(values.get("oblast")),
                                Set.of(),
                                null,
                                null,
                                false,
                                List.of(),
                                null));
        var registration = context.getBean(RegistrationService.class).register(librarian, id, null);
        var action = context.getBean(MinutesService.class)
                .addAction(
                        librarian,
                        id,
                        new MinutesService.ActionInput(
                                "Матрица: задача",
                                librarian.id(),
                                start.toLocalDate().plusDays(10),
                                null,
                                null));
        var feed = context.getBean(CalendarFeedService.class).renew(librarian);
        values.put("events/id", String.valueOf(id));
        values.put("registrations/rid", String.valueOf(registration.id()));
        values.put("actions/actionId", String.valueOf(action.id()));
        values.put("calendar/secret", feed.substring("/api/v1/calendar/".length(), feed.length() - ".ics".length()));
    }

    @Override
    public Map<String, String> inputs() {
        return Map.of(
                "PUT /api/v1/events/{id}",
                "{\"version\":0}",
                "PUT /api/v1/events/{id}/actions/{actionId}",
                "{\"status\":\"DONE\",\"version\":0}",
                "POST /events/{id}/actions/{actionId}/status",
                "status=DONE&version=0",
                "PUT /api/v1/events/{id}/attendance",
                "{\"present\":[]}",
                "PUT /api/v1/events/{id}/links",
                "{\"materials\":[],\"practices\":[]}");
    }
}
