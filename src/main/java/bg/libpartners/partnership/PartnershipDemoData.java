package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a programme to click through: the seed's three Bulgarian examples (Първомай, Баня, Труд) with the
 * partners the seed names, and about forty more partnerships of the demo's own in six oblasts, led by libraries of the
 * register with the directory's demo partners of their town. They are generated the same way on every first start
 * (no randomness), marked {@code demo} (the page says "Примерни данни"), and made only when demo data is on and no
 * partnership exists. This module writes what it owns: the partnerships (drafts, in negotiation, one terminated),
 * partners' confirmations, assessments and indicators over two years; the agreement module approves, signs and moves
 * them on ({@code AgreementDemoData}), the practice module publishes practices from some ({@code PracticeDemoData}).
 */
@Component
@Order(40)
class PartnershipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnershipDemoData.class);
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final CurrentUser SYSTEM = new CurrentUser(
            null, "demo", "LibPartners", Role.ADMIN, Set.of(), null, true, false, Locale.forLanguageTag("bg"));

    /**
     * One of the seed's Bulgarian examples: the library's settlement, the project, the partners the seed names (as
     * the demo directory holds them) and its aim, in the seed's words. The goal is a sentence of its own: the
     * agreement puts it after the label "Общи цели".
     */
    record Example(
            String place,
            String title,
            TargetGroup group,
            ActivityField field,
            List<String> partners,
            String need,
            String goal) {}

    static final List<Example> EXAMPLES = List.of(
            new Example(
                    "ПЪРВОМАЙ",
                    "Превенция на наркотиците в община Първомай",
                    TargetGroup.YOUTH,
                    ActivityField.PREVENTION,
                    List.of(
                            "Община Първомай",
                            "Детска педагогическа стая – РПУ Първомай",
                            "СУ „Христо Ботев“ – Първомай",
                            "Български червен кръст – Първомай"),
                    "Превенция на употребата на наркотици в община Първомай.",
                    "Превенция на наркотици на територията на община Първомай."),
            new Example(
                    "БАНЯ",
                    "Хората с ментални увреждания като активни потребители на компютрите",
                    TargetGroup.DISABLED,
                    ActivityField.DIGITAL_SKILLS,
                    List.of("Община Карлово", "Дом за хора с умствена изостаналост"),
                    "Хората с ментални увреждания в гр. Баня да станат активни потребители на компютрите.",
                    "Приобщаване на хората с ментални увреждания като активни потребители на компютрите."),
            new Example(
                    "ТРУД",
                    "Възпитание на учениците в екокраезнание",
                    TargetGroup.CHILDREN,
                    ActivityField.ENVIRONMENT,
                    List.of("Кметство Труд", "ОУ „Христо Ботев“ – Труд"),
                    "Възпитание на учениците в с. Труд в екокраезнание.",
                    "Възпитание на учениците в екокраезнание."));

    /** A theme of the demo's own partnerships: what a library does with whom, in words a librarian would use. */
    record Theme(
            String title,
            TargetGroup group,
            ActivityField field,
            List<String> partnerTypes,
            String need,
            String goal,
            String leadRole) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "Лятна читалня за деца",
                    TargetGroup.CHILDREN,
                    ActivityField.READING,
                    List.of("EDUCATION", "NGO", "PUBLIC_BODY"),
                    "Децата прекарват лятната ваканция без книги и без занимания близо до дома.",
                    "Лятна читалня с четения и работилници всяка седмица.",
                    "Води читалнята и подбира книгите"),
            new Theme(
                    "Дигитални умения за възрастни хора",
                    TargetGroup.ELDERLY,
                    ActivityField.DIGITAL_SKILLS,
                    List.of("SOCIAL", "PUBLIC_BODY", "BUSINESS"),
                    "Възрастните хора не могат да ползват електронните услуги на общината и банките.",
                    "Курсове по компютърна грамотност за възрастни хора в библиотеката.",
                    "Провежда курсовете на своите компютри"),
            new Theme(
                    "Местната история в училище",
                    TargetGroup.YOUTH,
                    ActivityField.HERITAGE,
                    List.of("CULTURE", "EDUCATION", "MEDIA"),
                    "Учениците знаят малко за историята на своето селище.",
                    "Уроци по местна история с документи от библиотеката и музея.",
                    "Дава краеведските си сбирки и води уроците"),
            new Theme(
                    "Библиотеката помага в търсенето на работа",
                    TargetGroup.UNEMPLOYED,
                    ActivityField.EMPLOYMENT,
                    List.of("PUBLIC_BODY", "BUSINESS", "NGO"),
                    "Безработните нямат къде да напишат автобиография и да търсят обяви в интернет.",
                    "Консултации и свободен достъп до интернет за търсещите работа.",
                    "Осигурява компютри, интернет и консултант"),
            new Theme(
                    "Четене на глас за хора с увреждания",
                    TargetGroup.DISABLED,
                    ActivityField.SOCIAL_INCLUSION,
                    List.of("SOCIAL", "NGO"),
                    "Хората с увреждания рядко идват в библиотеката и остават извън живота на общността.",
                    "Редовни срещи с четене на глас в библиотеката и в социалната услуга.",
                    "Подбира книгите и води срещите"),
            new Theme(
                    "Зелен квартал",
                    TargetGroup.COMMUNITY,
                    ActivityField.ENVIRONMENT,
                    List.of("NGO", "EDUCATION", "MEDIA", "PUBLIC_BODY"),
                    "Жителите на квартала искат да се грижат за градинките, но нямат кой да ги събере.",
                    "Кампании за чист и зелен квартал, събрани около библиотеката.",
                    "Събира доброволците и разказва за кампаниите"),
            new Theme(
                    "Клуб за граждански инициативи",
                    TargetGroup.ADULTS,
                    ActivityField.DEMOCRACY,
                    List.of("NGO", "PUBLIC_BODY", "MEDIA"),
                    "Гражданите не знаят как да предложат идея на общината.",
                    "Клуб, в който гражданите обсъждат и внасят предложения до общината.",
                    "Домакин на клуба и на публичните обсъждания"),
            new Theme(
                    "Празник на книгата",
                    TargetGroup.COMMUNITY,
                    ActivityField.CULTURE_EVENTS,
                    List.of("BUSINESS", "MEDIA", "CULTURE"),
                    "В селището няма общо културно събитие, което да събира хората около книгите.",
                    "Ежегоден празник на книгата с автори, базар и четения.",
                    "Организира програмата и кани авторите"));

    /** Where the demo's own partnerships are: the seed's three places in Пловдив and the directory's demo towns. */
    record Place(String oblastCode, String settlement) {}

    static final List<Place> PLACES = List.of(
            new Place("PDV", "ПЪРВОМАЙ"),
            new Place("VAR", "ВАРНА"),
            new Place("VTR", "ВЕЛИКО ТЪРНОВО"),
            new Place("PDV", "БАНЯ"),
            new Place("VRC", "ВРАЦА"),
            new Place("SML", "СМОЛЯН"),
            new Place("PDV", "ТРУД"),
            new Place("BGS", "БУРГАС"));

    /** How many partnerships of the demo's own there are, besides the seed's three. */
    static final int GENERATED = 37;

    private final LibPartnersProperties properties;
    private final Directory directory;
    private final PartnershipService service;
    private final AssessmentService assessments;
    private final IndicatorService indicators;
    private final Partnerships partnerships;
    private final UserDetailsService users;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final DemoProgramme programme;
    private final bg.libpartners.directory.BoardAndStaff boards;

    PartnershipDemoData(
            LibPartnersProperties properties,
            Directory directory,
            PartnershipService service,
            AssessmentService assessments,
            IndicatorService indicators,
            Partnerships partnerships,
            UserDetailsService users,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            DemoProgramme programme,
            bg.libpartners.directory.BoardAndStaff boards) {
        this.boards = boards;
        this.properties = properties;
        this.programme = programme;
        this.directory = directory;
        this.service = service;
        this.assessments = assessments;
        this.indicators = indicators;
        this.partnerships = partnerships;
        this.users = users;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()
                || jdbc.sql("select count(*) from partnership")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        try {
            var me = admin();
            var partners = directory
                    .list(OrganisationKind.PARTNER, null, null, PageRequest.of(0, 1000))
                    .getContent();
            var libraries = new java.util.HashMap<String, List<OrganisationSummary>>();
            for (var place : PLACES) {
                libraries.computeIfAbsent(
                        place.oblastCode(),
                        o -> directory
                                .list(OrganisationKind.LIBRARY, o, null, PageRequest.of(0, 5000))
                                .getContent());
            }
            var pdv = libraries.get("PDV");
            int made = 0;
            for (var example : EXAMPLES) {
                made += create(me, pdv, partners, example) ? 1 : 0;
            }
            var today = LocalDate.now(SOFIA);
            for (int i = 0; i < (programme.seedOnly() ? 0 : GENERATED); i++) {
                var place = PLACES.get(i % PLACES.size());
                var inPlace = libraries.get(place.oblastCode()).stream()
                        .filter(l -> in(l, place.settlement()))
                        .toList();
                if (inPlace.isEmpty()) {
                    continue;
                }
                var library = inPlace.get((i / PLACES.size()) % inPlace.size());
                made += generate(me, i, library, partners, today) ? 1 : 0;
            }
            jdbc.sql("update partnership set demo = true").update();
            log.info("Demo partnerships created: {}", made);
        } catch (RuntimeException e) {
            log.warn("Demo partnerships were not created: {}", e.getMessage());
        }
    }

    private boolean create(
            CurrentUser me, List<OrganisationSummary> libraries, List<OrganisationSummary> partners, Example example) {
        var place = example.place();
        Optional<OrganisationSummary> library =
                libraries.stream().filter(l -> in(l, place)).findFirst();
        if (library.isEmpty()) {
            log.info("No library in {} in the directory; the demo partnership there is skipped", place);
            return false;
        }
        var parties = example.partners().stream()
                .flatMap(n -> partners.stream().filter(p -> p.name().equals(n)).limit(1))
                .map(p -> new PartnershipInput.PartyInput(
                        p.id(),
                        "Партньор в проекта",
                        null,
                        Set.of(Contribution.EXPERTISE, Contribution.EXECUTION),
                        BigDecimal.ZERO,
                        null,
                        "Достига до повече хора от целевата група",
                        null))
                .toList();
        if (parties.isEmpty()) {
            log.info("No demo partners near {}; the demo partnership there is skipped", place);
            return false;
        }
        var start = LocalDate.now(SOFIA).withDayOfMonth(1).minusMonths(2);
        long id = service.create(
                me,
                new PartnershipInput(
                        example.title(),
                        library.get().id(),
                        Set.of(example.group()),
                        Set.of(example.field()),
                        example.need(),
                        example.title(),
                        example.goal(),
                        "Имейл и телефон",
                        "Веднъж месечно",
                        "Тримесечен отчет пред партньорите",
                        "Годишна самооценка",
                        null,
                        "Залата на библиотеката",
                        start,
                        start.plusYears(1).minusDays(1),
                        parties,
                        null),
                true);
        service.transition(
                me,
                id,
                PartnershipStatus.NEGOTIATION,
                "Демонстрационни данни",
                service.get(me, id).version());
        log.info("Demo partnership {} created in {}", id, place);
        return true;
    }

    /**
     * The i-th partnership of the demo's own: a theme, the library's town partners of the theme's kinds, a start in
     * the last two years. Every twelfth stays a draft and one in twelve is terminated; the others are in negotiation,
     * their partners have confirmed (all but every fifth), and those begun more than three months ago have an
     * assessment and their indicators quarter by quarter.
     */
    private boolean generate(
            CurrentUser me, int i, OrganisationSummary library, List<OrganisationSummary> partners, LocalDate today) {
        var theme = THEMES.get(i % THEMES.size());
        var near = partners.stream()
                .filter(p -> java.util.Objects.equals(p.municipalityCode(), library.municipalityCode()))
                .toList();
        var chosen = new java.util.ArrayList<OrganisationSummary>();
        for (var type : theme.partnerTypes()) {
            near.stream()
                    .filter(p -> type.equals(p.type()) && !chosen.contains(p))
                    .skip(i % 2 == 0 ? 0 : 1)
                    .findFirst()
                    .or(() -> near.stream()
                            .filter(p -> type.equals(p.type()) && !chosen.contains(p))
                            .findFirst())
                    .ifPresent(chosen::add);
        }
        if (chosen.isEmpty()) {
            return false;
        }
        var contributions = List.of(
                Set.of(Contribution.EXPERTISE),
                Set.of(Contribution.PREMISES, Contribution.EQUIPMENT),
                Set.of(Contribution.VOLUNTEERS, Contribution.EXECUTION),
                Set.of(Contribution.MONEY));
        var parties = new java.util.ArrayList<PartnershipInput.PartyInput>();
        for (int k = 0; k < chosen.size(); k++) {
            var c = contributions.get((i + k) % contributions.size());
            var money = c.contains(Contribution.MONEY) ? BigDecimal.valueOf(500L * (1 + (i + k) % 6)) : null;
            parties.add(new PartnershipInput.PartyInput(
                    chosen.get(k).id(),
                    k == 0 ? "Основен партньор" : "Партньор в проекта",
                    "Участва в планирането и в дейностите",
                    c,
                    money,
                    null,
                    "Достига до хората, с които работи, и получава видимост",
                    null));
        }
        int monthsAgo = (i * 7) % 24 + 1;
        var start = today.withDayOfMonth(1).minusMonths(monthsAgo);
        var end = start.plusYears(i % 3 == 0 ? 1 : 2).minusDays(1);
        String place = library.settlementName() == null ? "" : " – " + library.settlementName();
        var lead = new LeadParty(
                theme.leadRole(),
                "Координира партньорството и отчита резултатите",
                Set.of(Contribution.PREMISES, Contribution.EXPERTISE),
                null,
                null,
                "Нови читатели и по-добра връзка с общността",
                boards.signatoriesForDemo(library.id()).stream().findFirst().orElse(null)); // the demo board's chair
        long id = service.create(
                me,
                new PartnershipInput(
                        theme.title() + place,
                        library.id(),
                        Set.of(theme.group()),
                        Set.of(theme.field()),
                        theme.need(),
                        theme.title(),
                        theme.goal(),
                        "Имейл, телефон и срещи",
                        i % 2 == 0 ? "Веднъж месечно" : "Веднъж на тримесечие",
                        "Тримесечен отчет пред партньорите",
                        "Самооценка по принципите и условията на партньорството",
                        null,
                        "Залата на библиотеката",
                        start,
                        end,
                        parties,
                        null,
                        lead),
                true);
        if (i % 12 == 0) {
            return true;
        }
        service.transition(
                me, id, PartnershipStatus.NEGOTIATION, null, service.get(me, id).version());
        if (i % 12 == 11) {
            service.transition(
                    me,
                    id,
                    PartnershipStatus.TERMINATED,
                    "Партньорът се оттегли преди споразумението",
                    service.get(me, id).version());
            return true;
        }
        if (i % 5 != 0) {
            confirmAll(id, me);
        }
        if (monthsAgo > 3) {
            assess(me, id, i);
            report(me, id, i, start, end.isBefore(today) ? end : today);
        }
        return true;
    }

    /** The partners' representatives confirmed their part (recorded here, as the demo has no account for each). */
    private void confirmAll(long id, CurrentUser me) {
        transactions.executeWithoutResult(tx -> partnerships
                .findWithParties(id)
                .ifPresent(p -> p.getParties().forEach(x -> x.confirm(me.id(), Instant.now()))));
    }

    private void assess(CurrentUser me, long id, int i) {
        var ratings = new java.util.LinkedHashMap<String, Integer>();
        for (var c : Criterion.values()) {
            ratings.put(c.name(), 3 + (i + c.ordinal()) % 3);
        }
        assessments.record(me, id, new AssessmentService.AssessmentRequest(null, ratings));
    }

    /** Indicators for every quarter from the start to the last whole quarter before {@code until}. */
    private void report(CurrentUser me, long id, int i, LocalDate start, LocalDate until) {
        var q = start.withDayOfMonth(1).withMonth(((start.getMonthValue() - 1) / 3) * 3 + 1);
        int n = 0;
        while (!q.plusMonths(3).isAfter(until)) {
            int quarter = (q.getMonthValue() - 1) / 3 + 1;
            var values = new java.util.LinkedHashMap<String, BigDecimal>();
            int base = 3 + (i * 5 + n * 3) % 11;
            values.put(Indicator.NEW_VISITORS.name(), BigDecimal.valueOf(base * 4L));
            values.put(Indicator.NEW_USERS.name(), BigDecimal.valueOf(base));
            values.put(Indicator.VOLUNTEER_HOURS.name(), BigDecimal.valueOf(base * 2L + 6));
            values.put(Indicator.MEDIA_MENTIONS.name(), BigDecimal.valueOf(n % 3));
            if (n % 4 == 1) {
                values.put(Indicator.FUNDS_EUR.name(), BigDecimal.valueOf(250L * (1 + i % 4)));
                values.put(Indicator.NEW_SERVICES.name(), BigDecimal.ONE);
            }
            if (n % 4 == 3) {
                values.put(Indicator.STAFF_TRAINED.name(), BigDecimal.ONE);
                values.put(Indicator.ROUND_TABLE_INVITATIONS.name(), BigDecimal.ONE);
                values.put(Indicator.NEW_SUPPORTERS.name(), BigDecimal.valueOf(1 + i % 2));
            }
            indicators.save(me, id, new IndicatorReport.QuarterRequest(q.getYear(), quarter, values));
            q = q.plusMonths(3);
            n++;
        }
    }

    private static boolean in(OrganisationSummary library, String settlement) {
        return library.settlementName() != null
                && library.settlementName().toUpperCase(Locale.ROOT).contains(settlement);
    }

    /** The demo administrator acts for the demo (a real account, so records name who made them). */
    private CurrentUser admin() {
        try {
            return (CurrentUser)
                    users.loadUserByUsername(DemoAccounts.of(Role.ADMIN).email());
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }
}
