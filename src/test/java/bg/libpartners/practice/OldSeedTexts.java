package bg.libpartners.practice;

import bg.libpartners.practice.PracticeDraft.Figure;
import bg.libpartners.practice.PracticeDraft.Partner;
import java.util.List;
import java.util.Set;

/**
 * A seeded practice as the seed code wrote it before issue 18, verbatim (with "Община Баня", years, a count and who
 * provides transport, none of which the presentation holds): what an existing database still has.
 */
final class OldSeedTexts {

    private OldSeedTexts() {}

    static final PracticeDraft BANYA = new PracticeDraft(
            "Хората с ментални увреждания като активни потребители на компютрите в Баня",
            "Библиотеката, общината и домът за хора с умствена изостаналост приобщават своите "
                    + "обитатели като редовни потребители на компютрите в библиотеката.",
            """
        В **Баня** библиотеката, общината и местният дом за хора с умствена изостаналост работят \
        заедно, за да направят компютрите и интернет достъпни за хората с ментални увреждания.

        Библиотекарите водят кратки, търпеливи занимания, служителите на дома придружават \
        участниците, а общината осигурява транспорта. Така обитателите на дома стават редовни \
        посетители на библиотеката и част от живота на града.
        """,
            "BG",
            "Баня, област Пловдив",
            List.of(
                    new Partner("Община Баня", "PUBLIC_BODY"),
                    new Partner("Дом за хора с умствена изостаналост", "SOCIAL")),
            Set.of("DIGITAL_SKILLS", "SOCIAL_INCLUSION"),
            Set.of("DISABLED"),
            2010,
            2011,
            "Хората с увреждания използват компютрите самостоятелно и посещават библиотеката редовно.",
            List.of(new Figure("редовни потребители от дома", 15)),
            "Партньорите се допълват: библиотеката дава техниката и знанието, домът — доверието на "
                    + "хората, общината — транспорта.",
            null);
}
