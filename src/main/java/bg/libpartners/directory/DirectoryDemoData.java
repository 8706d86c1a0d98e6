package bg.libpartners.directory;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.geography.Geography;
import bg.libpartners.geography.PlaceRef;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data around the seed's three Bulgarian examples (Първомай, Баня in Карлово, Труд in Марица, all in Пловдив
 * oblast): the partners those examples name (for гр. Баня the municipality is Община Карлово), a few more of each
 * kind, two national strategic partners, and the demo accounts' scopes.
 */
@Service
class DirectoryDemoData {

    private final Organisations organisations;
    private final Geography geography;
    private final AccountService accounts;
    private final BoardAndStaff boards;
    private final OrganisationPeople people;

    DirectoryDemoData(
            Organisations organisations,
            Geography geography,
            AccountService accounts,
            BoardAndStaff boards,
            OrganisationPeople people) {
        this.boards = boards;
        this.people = people;
        this.organisations = organisations;
        this.geography = geography;
        this.accounts = accounts;
    }

    record Partner(
            String name,
            PartnerType type,
            PartnerSubtype subtype,
            String municipality,
            String settlement,
            StrategicLevel strategic,
            String reason) {}

    static final List<Partner> PARTNERS = List.of(
            new Partner(
                    "СУ „Христо Ботев“ – Първомай",
                    PartnerType.EDUCATION,
                    PartnerSubtype.SCHOOL,
                    "ПЪРВОМАЙ",
                    "ГРАД ПЪРВОМАЙ",
                    null,
                    null),
            new Partner(
                    "Община Първомай",
                    PartnerType.PUBLIC_BODY,
                    PartnerSubtype.MUNICIPALITY,
                    "ПЪРВОМАЙ",
                    "ГРАД ПЪРВОМАЙ",
                    StrategicLevel.LOCAL,
                    "Съфинансира библиотечните програми в общината"),
            new Partner(
                    "Исторически музей – Първомай",
                    PartnerType.CULTURE,
                    PartnerSubtype.MUSEUM,
                    "ПЪРВОМАЙ",
                    "ГРАД ПЪРВОМАЙ",
                    null,
                    null),
            new Partner(
                    "„Тракийски хляб“ ЕООД",
                    PartnerType.BUSINESS,
                    PartnerSubtype.LOCAL_PRODUCER,
                    "ПЪРВОМАЙ",
                    "ГРАД ПЪРВОМАЙ",
                    null,
                    null),
            new Partner(
                    "Сдружение „Заедно за децата“",
                    PartnerType.NGO,
                    PartnerSubtype.CHILD_PREVENTION,
                    "ПЪРВОМАЙ",
                    "ГРАД ПЪРВОМАЙ",
                    null,
                    null),
            new Partner("Радио „Първомай“", PartnerType.MEDIA, null, "ПЪРВОМАЙ", "ГРАД ПЪРВОМАЙ", null, null),
            new Partner(
                    "Детска педагогическа стая – РПУ Първомай",
                    PartnerType.PUBLIC_BODY,
                    null,
                    "ПЪРВОМАЙ",
                    "ГРАД ПЪРВОМАЙ",
                    null,
                    null),
            new Partner(
                    "Български червен кръст – Първомай",
                    PartnerType.NGO,
                    PartnerSubtype.NGO_OTHER,
                    "ПЪРВОМАЙ",
                    "ГРАД ПЪРВОМАЙ",
                    null,
                    null),
            new Partner(
                    "Стефка Ангелова (доброволец)",
                    PartnerType.INDIVIDUAL,
                    PartnerSubtype.VOLUNTEER,
                    "ПЪРВОМАЙ",
                    "ГРАД ПЪРВОМАЙ",
                    null,
                    null),
            new Partner(
                    "Община Карлово",
                    PartnerType.PUBLIC_BODY,
                    PartnerSubtype.MUNICIPALITY,
                    "КАРЛОВО",
                    "ГРАД КАРЛОВО",
                    null,
                    null),
            new Partner(
                    "Дом за хора с умствена изостаналост",
                    PartnerType.SOCIAL,
                    null,
                    "КАРЛОВО",
                    "ГРАД БАНЯ",
                    null,
                    null),
            new Partner(
                    "ОУ „Христо Смирненски“ – Баня",
                    PartnerType.EDUCATION,
                    PartnerSubtype.SCHOOL,
                    "КАРЛОВО",
                    "ГРАД БАНЯ",
                    null,
                    null),
            new Partner(
                    "Клуб на пенсионера – Баня",
                    PartnerType.NGO,
                    PartnerSubtype.ELDERLY,
                    "КАРЛОВО",
                    "ГРАД БАНЯ",
                    null,
                    null),
            new Partner(
                    "Специализирана болница за рехабилитация – Баня",
                    PartnerType.HEALTH,
                    null,
                    "КАРЛОВО",
                    "ГРАД БАНЯ",
                    null,
                    null),
            new Partner(
                    "Община Марица",
                    PartnerType.PUBLIC_BODY,
                    PartnerSubtype.MUNICIPALITY,
                    "МАРИЦА",
                    "СЕЛО ТРУД",
                    StrategicLevel.LOCAL,
                    "Подкрепя читалищата в общината"),
            new Partner("Кметство Труд", PartnerType.PUBLIC_BODY, null, "МАРИЦА", "СЕЛО ТРУД", null, null),
            new Partner(
                    "ОУ „Христо Ботев“ – Труд",
                    PartnerType.EDUCATION,
                    PartnerSubtype.SCHOOL,
                    "МАРИЦА",
                    "СЕЛО ТРУД",
                    null,
                    null),
            new Partner("Футболен клуб „Труд“", PartnerType.SPORTS, null, "МАРИЦА", "СЕЛО ТРУД", null, null),
            new Partner(
                    "Министерство на културата",
                    PartnerType.PUBLIC_BODY,
                    PartnerSubtype.STATE_BODY,
                    "СТОЛИЧНА",
                    "ГРАД СОФИЯ",
                    StrategicLevel.NATIONAL,
                    "Води регистъра на читалищата и финансира библиотеките"),
            new Partner(
                    "Фондация „Глобални библиотеки – България“",
                    PartnerType.NGO,
                    PartnerSubtype.NGO_OTHER,
                    "СТОЛИЧНА",
                    "ГРАД СОФИЯ",
                    StrategicLevel.NATIONAL,
                    "Национален партньор на програмата"));

    /** A town of the living demo outside the seed's examples, as the register spells its oblast and municipality. */
    record Town(String oblast, String municipality, String settlement, String label) {}

    static final List<Town> TOWNS = List.of(
            new Town("ВАРНА", "ВАРНА", "ГРАД ВАРНА", "Варна"),
            new Town("ВЕЛИКО ТЪРНОВО", "ВЕЛИКО ТЪРНОВО", "ГРАД ВЕЛИКО ТЪРНОВО", "Велико Търново"),
            new Town("ВРАЦА", "ВРАЦА", "ГРАД ВРАЦА", "Враца"),
            new Town("СМОЛЯН", "СМОЛЯН", "ГРАД СМОЛЯН", "Смолян"),
            new Town("БУРГАС", "БУРГАС", "ГРАД БУРГАС", "Бургас"));

    /**
     * The partners of a demo town: the kinds of organisation the seed names around a library (the municipality, a
     * school, an NGO, a museum, local media, a business, a social service), with plain names of the demo's own.
     */
    static List<Partner> partnersOf(Town t) {
        String l = t.label();
        return List.of(
                new Partner(
                        "Община " + l,
                        PartnerType.PUBLIC_BODY,
                        PartnerSubtype.MUNICIPALITY,
                        t.municipality(),
                        t.settlement(),
                        null,
                        null),
                new Partner(
                        "ОУ „Васил Левски“ – " + l,
                        PartnerType.EDUCATION,
                        PartnerSubtype.SCHOOL,
                        t.municipality(),
                        t.settlement(),
                        null,
                        null),
                new Partner(
                        "Сдружение „Четяща общност“ – " + l,
                        PartnerType.NGO,
                        PartnerSubtype.NGO_OTHER,
                        t.municipality(),
                        t.settlement(),
                        null,
                        null),
                new Partner(
                        "Исторически музей – " + l,
                        PartnerType.CULTURE,
                        PartnerSubtype.MUSEUM,
                        t.municipality(),
                        t.settlement(),
                        null,
                        null),
                new Partner(
                        "Местна телевизия – " + l,
                        PartnerType.MEDIA,
                        null,
                        t.municipality(),
                        t.settlement(),
                        null,
                        null),
                new Partner(
                        "„Печатница " + l + "“ ООД",
                        PartnerType.BUSINESS,
                        PartnerSubtype.COMPANY,
                        t.municipality(),
                        t.settlement(),
                        null,
                        null),
                new Partner(
                        "Дневен център за възрастни хора – " + l,
                        PartnerType.SOCIAL,
                        null,
                        t.municipality(),
                        t.settlement(),
                        null,
                        null));
    }

    @Transactional
    void addPartners() {
        if (organisations.countByKind(OrganisationKind.PARTNER) > 0) {
            return;
        }
        int serial = 10_000_001;
        for (var p : PARTNERS) {
            var oblast = "СТОЛИЧНА".equals(p.municipality()) ? "СОФИЯ-ГРАД" : "ПЛОВДИВ";
            serial = add(p, oblast, serial);
        }
        for (var t : TOWNS) {
            for (var p : partnersOf(t)) {
                serial = add(p, t.oblast(), serial);
            }
        }
    }

    private int add(Partner p, String oblast, int serial) {
        var o = new Organisation(OrganisationKind.PARTNER, p.name());
        o.setPartnerType(p.type());
        o.setPartnerSubtype(p.subtype());
        if (p.type() != PartnerType.INDIVIDUAL) {
            o.setEik(Eik.complete(String.valueOf(serial++).substring(0, 8)));
        } else {
            o.setConsentAt(Instant.now());
        }
        o.strategic(p.strategic(), p.reason());
        geography.resolveRegisterPlace(oblast, p.municipality(), p.settlement()).ifPresent(place -> place(o, place));
        organisations.save(o);
        return serial;
    }

    /** The first names and family names of the demo's invented people (marked "(демо)" after the name). */
    static final List<String> WOMEN = List.of("Мария", "Елена", "Анелия", "Светла", "Росица", "Добринка", "Цветана");

    static final List<String> MEN = List.of("Иван", "Петър", "Стоян", "Георги", "Христо", "Димитър", "Васил");
    static final List<String> FAMILIES = List.of("Примеров", "Образцов", "Демов", "Пробов", "Показов", "Учебнов");

    /** An invented name, the same for the same number and position on every start. */
    static String demoName(int number, int position) {
        int n = Math.abs(number * 7 + position * 3);
        boolean woman = (number + position) % 2 == 0;
        var first = (woman ? WOMEN : MEN).get(n % WOMEN.size());
        var family = FAMILIES.get((n / 7) % FAMILIES.size()) + (woman ? "а" : "");
        return first + " " + family + " (демо)";
    }

    /**
     * Boards for the chitalishta of the demo's towns (the seed's three places and the living demo's towns) and staff
     * for their libraries, through {@link BoardAndStaff}: a chair (with a demo e-mail, to try an invitation), a
     * secretary and a member, for every third centre a former chair whose term has ended; a head and a librarian in
     * each library. Organisations that already have people are left alone.
     */
    @Transactional
    void addBoards() {
        var places = new java.util.HashSet<String>();
        for (var seed : List.of(
                new Town("ПЛОВДИВ", "ПЪРВОМАЙ", "ГРАД ПЪРВОМАЙ", "Първомай"),
                new Town("ПЛОВДИВ", "КАРЛОВО", "ГРАД БАНЯ", "Баня"),
                new Town("ПЛОВДИВ", "МАРИЦА", "СЕЛО ТРУД", "Труд"))) {
            geography
                    .resolveRegisterPlace(seed.oblast(), seed.municipality(), seed.settlement())
                    .ifPresent(p -> places.add(p.ekatte()));
        }
        for (var t : TOWNS) {
            geography
                    .resolveRegisterPlace(t.oblast(), t.municipality(), t.settlement())
                    .ifPresent(p -> places.add(p.ekatte()));
        }
        var centres = organisations.findRegistered(OrganisationKind.CHITALISHTE).stream()
                .filter(o -> places.contains(o.getEkatte()))
                .sorted(java.util.Comparator.comparing(Organisation::getRegisterNo))
                .toList();
        if (centres.isEmpty()) {
            return;
        }
        var ids = new java.util.ArrayList<Long>(
                centres.stream().map(Organisation::getId).toList());
        var libraries = organisations.findByParentIdIn(ids);
        libraries.forEach(l -> ids.add(l.getId()));
        var taken = new java.util.HashSet<Long>();
        people.findByOrganisationIdIn(ids).forEach(p -> taken.add(p.getOrganisationId()));
        var today = java.time.LocalDate.now();
        var termStart = java.time.LocalDate.of(today.getYear() - 1, 3, 1);
        for (var c : centres) {
            if (taken.contains(c.getId())) {
                continue;
            }
            int n = c.getRegisterNo();
            boards.addDemo(
                    c.getId(),
                    PersonRole.CHAIR,
                    demoName(n, 0),
                    "demo.predsedatel." + n + "@example.org",
                    termStart,
                    termStart.plusYears(4).minusDays(1));
            boards.addDemo(c.getId(), PersonRole.SECRETARY, demoName(n, 1), null, termStart, null);
            boards.addDemo(
                    c.getId(),
                    PersonRole.MEMBER,
                    demoName(n, 2),
                    null,
                    termStart,
                    termStart.plusYears(4).minusDays(1));
            if (n % 3 == 0) {
                boards.addDemo(
                        c.getId(),
                        PersonRole.CHAIR,
                        demoName(n, 3),
                        null,
                        termStart.minusYears(4),
                        termStart.minusDays(1));
            }
        }
        for (var l : libraries) {
            if (taken.contains(l.getId())) {
                continue;
            }
            int n = centres.stream()
                    .filter(c -> c.getId().equals(l.getParentId()))
                    .findFirst()
                    .map(Organisation::getRegisterNo)
                    .orElse(0);
            boards.addDemo(
                    l.getId(),
                    PersonRole.HEAD,
                    demoName(n, 4),
                    "demo.biblioteka." + n + "@example.org",
                    termStart.minusYears(6),
                    null);
            boards.addDemo(l.getId(), PersonRole.LIBRARIAN, demoName(n, 5), null, termStart, null);
        }
    }

    /** Librarian: the library of the chitalishte in Първомай; board member: that chitalishte; partner: the school. */
    @Transactional
    void grantScopes() {
        var centre = organisations.findRegistered(OrganisationKind.CHITALISHTE).stream()
                .filter(o ->
                        o.getName().contains("Кирил и Методий") && o.getName().contains("Първомай"))
                .findFirst();
        var school = organisations.findAll().stream()
                .filter(o -> o.getName().equals(PARTNERS.get(0).name()))
                .findFirst();
        centre.ifPresent(c -> {
            grant(Role.BOARD_MEMBER, Scope.of(ScopeKind.CHITALISHTE, c.getId()));
            organisations.findByParentId(c.getId()).stream()
                    .findFirst()
                    .ifPresent(l -> grant(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, l.getId())));
        });
        school.ifPresent(s -> grant(Role.PARTNER, Scope.of(ScopeKind.ORGANISATION, s.getId())));
    }

    private void grant(Role role, Scope scope) {
        accounts.idOf(DemoAccounts.of(role).email()).ifPresent(id -> {
            if (!accounts.get(id).scopes().contains(scope)) {
                accounts.grant(id, scope);
            }
        });
    }

    static void place(Organisation o, PlaceRef place) {
        o.settle(
                place.ekatte(), place.nameBg(), place.municipalityCode(), place.oblastCode(), place.lat(), place.lon());
    }
}
