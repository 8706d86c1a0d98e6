package bg.libpartners.partnership;

import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.platform.LibPartnersProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the seed's three Bulgarian examples (Първомай, Баня, Труд) as partnerships with the directory's demo
 * partners near those places. Skipped, with a log line, when the directory has nothing suitable.
 */
@Component
@Order(40)
class DemoPartnerships implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPartnerships.class);
    private static final CurrentUser SYSTEM = new CurrentUser(null, "demo", "LibPartners", Role.ADMIN, Set.of(), null,
            true, false, Locale.forLanguageTag("bg"));

    /**
     * One of the seed's Bulgarian examples: the library's settlement, the project, the partners the seed names (as
     * the demo directory holds them) and its aim, in the seed's words. The goal is a sentence of its own: the
     * agreement puts it after the label "Общи цели".
     */
    record Example(String place, String title, TargetGroup group, ActivityField field, List<String> partners,
            String need, String goal) {}

    static final List<Example> EXAMPLES = List.of(
            new Example("ПЪРВОМАЙ", "Превенция на наркотиците в община Първомай", TargetGroup.YOUTH,
                    ActivityField.PREVENTION, List.of("Община Първомай", "Детска педагогическа стая – РПУ Първомай",
                            "СУ „Христо Ботев“ – Първомай", "Български червен кръст – Първомай"),
                    "Превенция на употребата на наркотици в община Първомай.",
                    "Превенция на наркотици на територията на община Първомай."),
            new Example("БАНЯ", "Хората с ментални увреждания като активни потребители на компютрите",
                    TargetGroup.DISABLED, ActivityField.DIGITAL_SKILLS, List.of("Община Карлово",
                            "Дом за хора с умствена изостаналост"),
                    "Хората с ментални увреждания в гр. Баня да станат активни потребители на компютрите.",
                    "Приобщаване на хората с ментални увреждания като активни потребители на компютрите."),
            new Example("ТРУД", "Възпитание на учениците в екокраезнание", TargetGroup.CHILDREN,
                    ActivityField.ENVIRONMENT, List.of("Кметство Труд", "ОУ „Христо Ботев“ – Труд"),
                    "Възпитание на учениците в с. Труд в екокраезнание.",
                    "Възпитание на учениците в екокраезнание."));

    private final LibPartnersProperties properties;
    private final Directory directory;
    private final PartnershipService service;
    private final JdbcClient jdbc;

    DemoPartnerships(LibPartnersProperties properties, Directory directory, PartnershipService service,
            JdbcClient jdbc) {
        this.properties = properties;
        this.directory = directory;
        this.service = service;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || jdbc.sql("select count(*) from partnership").query(Long.class).single() > 0) {
            return;
        }
        try {
            var libraries = directory.list(OrganisationKind.LIBRARY, "PDV", null, PageRequest.of(0, 2000)).getContent();
            var partners = directory.list(OrganisationKind.PARTNER, null, null, PageRequest.of(0, 500)).getContent();
            for (var example : EXAMPLES) {
                create(libraries, partners, example);
            }
        } catch (RuntimeException e) {
            log.warn("Demo partnerships were not created: {}", e.getMessage());
        }
    }

    private void create(List<OrganisationSummary> libraries, List<OrganisationSummary> partners, Example example) {
        var place = example.place();
        Optional<OrganisationSummary> library = libraries.stream()
                .filter(l -> l.settlementName() != null && l.settlementName().toUpperCase(Locale.ROOT).contains(place))
                .findFirst();
        if (library.isEmpty()) {
            log.info("No library in {} in the directory; the demo partnership there is skipped", place);
            return;
        }
        var parties = example.partners().stream()
                .flatMap(n -> partners.stream().filter(p -> p.name().equals(n)).limit(1))
                .map(p -> new PartnershipInput.PartyInput(p.id(), "Партньор в проекта", null,
                        Set.of(Contribution.EXPERTISE, Contribution.EXECUTION), BigDecimal.ZERO, null,
                        "Достига до повече хора от целевата група", null))
                .toList();
        if (parties.isEmpty()) {
            log.info("No demo partners near {}; the demo partnership there is skipped", place);
            return;
        }
        var start = LocalDate.now().withDayOfMonth(1).minusMonths(2);
        long id = service.create(SYSTEM, new PartnershipInput(example.title(), library.get().id(),
                Set.of(example.group()), Set.of(example.field()), example.need(), example.title(), example.goal(),
                "Имейл и телефон", "Веднъж месечно", "Тримесечен отчет пред партньорите", "Годишна самооценка", null,
                "Залата на библиотеката", start, start.plusYears(1).minusDays(1), parties, null), true);
        service.transition(SYSTEM, id, PartnershipStatus.NEGOTIATION, "Демонстрационни данни",
                service.get(SYSTEM, id).version());
        log.info("Demo partnership {} created in {}", id, place);
    }
}
