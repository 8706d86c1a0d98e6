package bg.libpartners.survey;

import java.time.ZoneId;

/** Dates of surveys are days in Sofia. */
final class SurveyClock {

    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    private SurveyClock() {}
}
