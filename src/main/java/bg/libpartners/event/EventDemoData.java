package bg.libpartners.event;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.geography.Geography;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.practice.StoryRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, events in several oblasts and in every status: past meetings with attendance, minutes, a decision and
 * an action for the demo librarian; future ones with registrations and a waiting list; one cancelled; one public
 * round table. Marked as demo; created once (skipped when there are events).
 */
@Component
@Order(60)
class EventDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EventDemoData.class);

    record Plan(
            EventKind kind,
            String title,
            String ekatte,
            int daysFromToday,
            int hour,
            Integer capacity,
            boolean publicEvent,
            Set<String> oblasts,
            int registrants,
            boolean cancelled) {}

    static final List<Plan> PLANS = List.of(
            new Plan(
                    EventKind.REGIONAL_MEETING,
                    "Регионална среща: библиотеките и местната общност",
                    "56784",
                    -20,
                    10,
                    40,
                    false,
                    Set.of("PDV"),
                    6,
                    false),
            new Plan(
                    EventKind.TRAINING,
                    "Обучение: как да намерим партньори за библиотеката",
                    "12259",
                    -45,
                    9,
                    25,
                    false,
                    Set.of("VRC"),
                    4,
                    false),
            new Plan(
                    EventKind.REGIONAL_MEETING,
                    "Регионална среща на библиотекарите от Пловдивска област",
                    "56784",
                    14,
                    10,
                    3,
                    false,
                    Set.of("PDV"),
                    5,
                    false),
            new Plan(
                    EventKind.ROUND_TABLE,
                    "Кръгла маса: партньорства за децата и младите хора",
                    "68134",
                    30,
                    14,
                    60,
                    true,
                    Set.of("SOF"),
                    3,
                    false),
            new Plan(
                    EventKind.TRAINING,
                    "Обучение по проектно писане",
                    "10135",
                    21,
                    9,
                    30,
                    false,
                    Set.of("VAR"),
                    2,
                    true),
            new Plan(
                    EventKind.REGIONAL_MEETING,
                    "Среща с представители на общността в Бургас",
                    "07079",
                    45,
                    11,
                    null,
                    true,
                    Set.of("BGS"),
                    2,
                    false));

    private final LibPartnersProperties properties;
    private final EventService service;
    private final Events events;
    private final Registrations registrations;
    private final FollowUps actions;
    private final AccountService accounts;
    private final Geography geography;
    private final StoryRenderer renderer;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventDemoData(
            LibPartnersProperties properties,
            EventService service,
            Events events,
            Registrations registrations,
            FollowUps actions,
            AccountService accounts,
            Geography geography,
            StoryRenderer renderer,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.properties = properties;
        this.service = service;
        this.events = events;
        this.registrations = registrations;
        this.actions = actions;
        this.accounts = accounts;
        this.geography = geography;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()
                || jdbc.sql("select count(*) from event").query(Long.class).single() > 0) {
            return;
        }
        try {
            var coordinator = accounts.idOf(DemoAccounts.of(Role.COORDINATOR).email());
            var librarian = accounts.idOf(DemoAccounts.of(Role.LIBRARIAN).email());
            var organiser = new CurrentUser(
                    coordinator.orElse(null),
                    "demo",
                    DemoAccounts.of(Role.COORDINATOR).displayName(),
                    Role.COORDINATOR,
                    Set.of(),
                    null,
                    true,
                    false,
                    Locale.forLanguageTag("bg"));
            int made = 0;
            for (var plan : PLANS) {
                if (geography.findSettlement(plan.ekatte()).isEmpty()) {
                    continue;
                }
                tx.executeWithoutResult(status -> create(organiser, plan, librarian.orElse(null)));
                made++;
            }
            log.info("{} demo events created", made);
        } catch (RuntimeException e) {
            log.warn("Demo events were not created: {}", e.getMessage());
        }
    }

    private void create(CurrentUser organiser, Plan plan, Long librarianId) {
        var day = LocalDate.now(clock.withZone(EventTimes.ZONE)).plusDays(plan.daysFromToday());
        var start = day.atTime(LocalTime.of(plan.hour(), 0));
        var input = new EventInput(
                plan.kind(),
                plan.title(),
                "Среща по програма „Глобални библиотеки – България“ за партньорствата между библиотеките и местната"
                        + " общност.",
                start,
                start.plusHours(3),
                plan.ekatte(),
                "Регионална библиотека, зала 1",
                null,
                plan.capacity(),
                start.minusDays(2),
                null,
                plan.oblasts(),
                Set.of(),
                null,
                null,
                plan.publicEvent(),
                List.of(
                        new AgendaItem(String.format("%02d:00", plan.hour()), "Откриване", null),
                        new AgendaItem(
                                String.format("%02d:30", plan.hour()),
                                "Добри практики от региона",
                                "Методист на регионалната библиотека"),
                        new AgendaItem(String.format("%02d:30", plan.hour() + 1), "Дискусия", null)),
                null);
        long id = service.createDemo(organiser, input);
        var now = clock.instant();
        for (int i = 1; i <= plan.registrants(); i++) {
            boolean demoLibrarian = i == 1 && librarianId != null;
            var r = new Registration(
                    id,
                    demoLibrarian ? librarianId : null,
                    demoLibrarian ? DemoAccounts.of(Role.LIBRARIAN).displayName() : "Участник " + i,
                    demoLibrarian
                            ? DemoAccounts.of(Role.LIBRARIAN).email()
                            : "participant" + i + "-" + id + "@demo.libpartners.bg",
                    null);
            var status = plan.capacity() == null || i <= plan.capacity()
                    ? RegistrationStatus.REGISTERED
                    : RegistrationStatus.WAITLISTED;
            r.place(status, i, Secrets.hash(Secrets.newSecret()), now);
            if (plan.daysFromToday() < 0 && status == RegistrationStatus.REGISTERED) {
                r.attended(i % 4 != 0);
            }
            registrations.save(r);
        }
        var event = events.findById(id).orElseThrow();
        if (plan.daysFromToday() < 0) {
            var minutes = "## Протокол\n\nСрещата откри методистът на регионалната библиотека. Обсъдени бяха"
                    + " добрите практики от региона и възможностите за нови партньорства.\n\n"
                    + "- Библиотеките ще проучат нуждите на общността\n- Следваща среща след три месеца";
            event.recordMinutes(minutes, renderer.toSafeHtml(minutes), organiser.displayName(), now);
            if (librarianId != null) {
                actions.save(new FollowUp(
                        id,
                        "Да се проучат нуждите на местната общност",
                        librarianId,
                        DemoAccounts.of(Role.LIBRARIAN).displayName(),
                        day.plusDays(30),
                        now));
            }
        }
        if (plan.cancelled()) {
            event.cancel(now);
        }
    }
}
