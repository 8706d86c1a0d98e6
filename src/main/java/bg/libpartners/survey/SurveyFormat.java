package bg.libpartners.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Bulgarians write them (31.03.2027), times in Sofia. */
final class SurveyFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private SurveyFormat() {}

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String instant(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(SurveyClock.SOFIA));
    }
}
