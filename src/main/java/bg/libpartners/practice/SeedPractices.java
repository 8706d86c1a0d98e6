package bg.libpartners.practice;

import bg.libpartners.practice.PracticeDraft.Figure;
import bg.libpartners.practice.PracticeDraft.Partner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The eight examples of the programme's presentation (Красимира Кънева, Летница, 18 октомври 2011 г.), written out
 * as good practices. They are programme content, present in every installation; each is keyed by a stable slug.
 *
 * <p>They say only what the presentation says: the place, the project and its partners (and for Бар, its 15 projects
 * in 5 years). The presentation gives no years, counts, results or who did what, so none is given here. The three
 * Bulgarian examples add a paragraph on how the partners may share the work, so that they read as a story; that
 * paragraph is not the programme's, and those practices are marked {@code illustrative}, which the practice page
 * says in a note.
 */
final class SeedPractices {

    /** A seeded practice; {@code superseded} are the fingerprints of its earlier seed texts, rewritten on start. */
    record Seed(String slug, PracticeDraft draft, boolean illustrative, Set<String> superseded) {}

    private SeedPractices() {}

    static final List<Seed> ALL = List.of(
            new Seed(
                    "parvomay-prevention",
                    new PracticeDraft(
                            "Превенция на наркотиците в община Първомай",
                            "Проект за превенция на наркотици на територията на община Първомай с партньори "
                                    + "библиотеката, дирекция „Просвета“ към общината, Детската педагогическа стая към РПУ, "
                                    + "училищата и родителските настоятелства, ХЕИ и БЧК.",
                            """
                    Библиотеката в **Първомай** е партньор в проект за превенция на наркотици на територията на \
                    община Първомай заедно с дирекция „Просвета“ към общината, Детската педагогическа стая към \
                    РПУ, училищата и родителските настоятелства, ХЕИ и БЧК.

                    За пример: библиотеката може да предложи пространството, литературата и информационните \
                    кампании, а всеки от останалите партньори — своите специалисти и връзката си с децата и \
                    родителите.
                    """,
                            "BG",
                            "Първомай, област Пловдив",
                            List.of(
                                    new Partner("Дирекция „Просвета“ към общината", "PUBLIC_BODY"),
                                    new Partner("Детска педагогическа стая, РПУ", "PUBLIC_BODY"),
                                    new Partner("Училища и родителски настоятелства", "EDUCATION"),
                                    new Partner("Хигиенно-епидемиологична инспекция (ХЕИ)", "HEALTH"),
                                    new Partner("Български червен кръст (БЧК)", "NGO")),
                            Set.of("PREVENTION", "HEALTH", "EDUCATION"),
                            Set.of("CHILDREN", "YOUTH"),
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null),
                    true,
                    Set.of("68cfe7dedf8283edc410ebb044689f6fef10caaec1101a942f4c7a1976273f85")),
            new Seed(
                    "banya-digital-inclusion",
                    new PracticeDraft(
                            "Хората с ментални увреждания като активни потребители на компютрите в Баня",
                            "Проект на библиотеката, общината и дома за хора с умствена изостаналост за приобщаване на "
                                    + "хората с ментални увреждания като активни потребители на компютрите.",
                            """
                    В **гр. Баня** (община Карлово) библиотеката, Община Карлово и домът за хора с умствена \
                    изостаналост работят по проект за приобщаване на хората с ментални увреждания като активни \
                    потребители на компютрите.

                    За пример: библиотекарите могат да водят занимания с компютрите, а служителите на дома да \
                    придружават участниците, които познават.
                    """,
                            "BG",
                            "гр. Баня, община Карлово, област Пловдив",
                            List.of(
                                    new Partner("Община Карлово", "PUBLIC_BODY"),
                                    new Partner("Дом за хора с умствена изостаналост", "SOCIAL")),
                            Set.of("DIGITAL_SKILLS", "SOCIAL_INCLUSION"),
                            Set.of("DISABLED"),
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null),
                    true,
                    Set.of("59c6a74ef4bdfd0625398b21010c25bee8c4519000b4058dd563d24434e721ad")),
            new Seed(
                    "trud-eco-heritage",
                    new PracticeDraft(
                            "Екокраезнание за учениците в село Труд",
                            "Кметството, библиотеката и училището в с. Труд, област Пловдив, работят по проект за "
                                    + "възпитание на учениците в екокраезнание.",
                            """
                    В **с. Труд**, област Пловдив, кметството, библиотеката и училището работят по проект за \
                    възпитание на учениците в *екокраезнание*.

                    За пример: учениците могат да проучват природата и историята на селото, а библиотеката да \
                    подрежда събраното в изложби.
                    """,
                            "BG",
                            "с. Труд, област Пловдив",
                            List.of(
                                    new Partner("Кметство Труд", "PUBLIC_BODY"),
                                    new Partner("Училище в с. Труд", "EDUCATION")),
                            Set.of("ENVIRONMENT", "HERITAGE", "EDUCATION"),
                            Set.of("CHILDREN"),
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null),
                    true,
                    Set.of("2554c83c0504a77988f73c57329fad5215fd16a90e3e1cb7b1cc518bbddde672")),
            new Seed(
                    "lithuania-partnership-map",
                    new PracticeDraft(
                            "Карта на партньорствата на библиотеките в Литва",
                            "Карта на партньорствата на библиотеките от програмата „Глобални библиотеки“ в Литва с "
                                    + "общността, бизнеса, медиите, НПО и държавните органи.",
                            """
                    В **Литва** библиотеките от програмата „Глобални библиотеки“ имат карта на своите \
                    партньорства — с общността, бизнеса, медиите, неправителствените организации и държавните \
                    органи.
                    """,
                            "LT",
                            "Литва",
                            List.of(
                                    new Partner("Общността", "INDIVIDUAL"),
                                    new Partner("Бизнес", "BUSINESS"),
                                    new Partner("Медии", "MEDIA"),
                                    new Partner("Неправителствени организации", "NGO"),
                                    new Partner("Държавни органи", "PUBLIC_BODY")),
                            Set.of("LOCAL_DEVELOPMENT"),
                            Set.of("COMMUNITY", "LIBRARIANS"),
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null),
                    false,
                    Set.of("9996bcfdce54c01dd201e2900c7d9470e686d43baa2e8c5e005da8fe20e61a41")),
            new Seed(
                    "norway-culture-identity-democracy",
                    new PracticeDraft(
                            "Местна култура, идентичност и демокрация в Норвегия",
                            "Проект на библиотеката, общината, културни институти и НПО в Норвегия за развитие на "
                                    + "местната култура, идентичност и демокрация, с дигитализиране на архиви.",
                            """
                    В **Норвегия** библиотеката, общината, културни институти и неправителствени организации \
                    работят по проект за развитие на местната култура, идентичност и демокрация, който включва \
                    дигитализиране на архиви. В него участват и „Информационен център срещу расизма“ и \
                    „Училище за възрастни“.
                    """,
                            "NO",
                            "Норвегия",
                            List.of(
                                    new Partner("Общината", "PUBLIC_BODY"),
                                    new Partner("Културни институти", "CULTURE"),
                                    new Partner("Неправителствени организации", "NGO"),
                                    new Partner("„Информационен център срещу расизма“", "NGO"),
                                    new Partner("„Училище за възрастни“", "EDUCATION")),
                            Set.of("HERITAGE", "DEMOCRACY", "SOCIAL_INCLUSION", "EDUCATION"),
                            Set.of("ADULTS", "MINORITIES"),
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null),
                    false,
                    Set.of("eb89937c15f8cc2426d7e89c9757b9efb026208136e8eb49c2aae99d6fe524a9")),
            new Seed(
                    "romania-bihor-clean-up",
                    new PracticeDraft(
                            "Кампания за почистване на населените места в окръг Бихор, Румъния",
                            "Проект за координиране на кампанията по почистване на населените места в окръг Бихор с "
                                    + "партньори библиотеките, общинските служби по чистотата и доброволци.",
                            """
                    В окръг **Бихор**, Румъния, библиотеките, общинските служби по чистотата и доброволци \
                    работят по проект за координиране на кампанията по почистване на населените места.
                    """,
                            "RO",
                            "окръг Бихор, Румъния",
                            List.of(
                                    new Partner("Общински служби по чистотата", "PUBLIC_BODY"),
                                    new Partner("Доброволци", "INDIVIDUAL")),
                            Set.of("ENVIRONMENT", "LOCAL_DEVELOPMENT"),
                            Set.of("COMMUNITY"),
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null),
                    false,
                    Set.of("6a732c805f0fa301eec4c3569e6d33c3cfd3490229aef4b84537016a62386790")),
            new Seed(
                    "latvia-digital-tv",
                    new PracticeDraft(
                            "Преминаване от аналогова към цифрова телевизия в Латвия",
                            "Телекомуникационна компания обучава библиотекарите за преминаването към цифрова телевизия "
                                    + "и организира PR събития: „Библиотекарите са подготвени да помагат“.",
                            """
                    В **Латвия** библиотеките и телекомуникационна компания работят по проект за преминаване \
                    от аналогова към цифрова телевизия.

                    Компанията обучава библиотекарите за преминаването към цифрова телевизия и организира PR \
                    събития с посланието: *„Библиотекарите са подготвени да помагат и дават точна информация за \
                    най-новите ИТ.“*
                    """,
                            "LV",
                            "Латвия",
                            List.of(new Partner("Телекомуникационна компания", "BUSINESS")),
                            Set.of("DIGITAL_SKILLS"),
                            Set.of("LIBRARIANS"),
                            null,
                            null,
                            "Библиотекарите са обучени за преминаването към цифрова телевизия.",
                            List.of(),
                            null,
                            null),
                    false,
                    Set.of("237c13c61c5b4529c839ea79b47b4ca7fa045075a5b2432ed17dddaf7cd8549f")),
            new Seed(
                    "ukraine-bar-project-centre",
                    new PracticeDraft(
                            "Център за управление на проекти в град Бар, Украйна",
                            "Център за управление на проекти в град Бар с партньори библиотеката, бизнеса и "
                                    + "образователните институции: 15 проекта за 5 години.",
                            """
                    В град **Бар**, Украйна, библиотеката, бизнесът и образователните институции са партньори в \
                    *център за управление на проекти* — 15 проекта за 5 години.
                    """,
                            "UA",
                            "Бар, Виницка област, Украйна",
                            List.of(
                                    new Partner("Бизнес", "BUSINESS"),
                                    new Partner("Образователни институции", "EDUCATION")),
                            Set.of("LOCAL_DEVELOPMENT", "EDUCATION"),
                            Set.of("COMMUNITY"),
                            null,
                            null,
                            "15 проекта за 5 години.",
                            List.of(new Figure("проекта", 15), new Figure("години", 5)),
                            null,
                            null),
                    false,
                    Set.of("78136536a76d1a27e8e0df57c670d8e9925ffe258edd8fe2e65c965932420ab4")));

    /**
     * What a practice says, as one SHA-256: every text, partner, field, group, year and figure (sets sorted). The
     * seeder compares it with the fingerprints of earlier seed texts to tell an untouched seeded practice from one a
     * person has edited since.
     */
    static String fingerprint(PracticeDraft d) {
        var text = String.join(
                "\u001f",
                d.title(),
                d.summary(),
                d.story(),
                d.country(),
                String.valueOf(d.place()),
                d.partners().toString(),
                new TreeSet<>(d.fields()).toString(),
                new TreeSet<>(d.targetGroups()).toString(),
                String.valueOf(d.startYear()),
                String.valueOf(d.endYear()),
                String.valueOf(d.results()),
                d.figures().toString(),
                String.valueOf(d.lessons()));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
