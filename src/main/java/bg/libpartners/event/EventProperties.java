package bg.libpartners.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the personal calendar feeds ({@code libpartners.calendar.*}).
 *
 * @param feedKept how long a personal iCalendar feed, once written, is given again as it is: any write forgets it
 *     at once, so this bounds only how far its window (a month back, a year ahead) may lag ({@code 0}: not kept)
 * @param feedsKept how many feeds are kept at most ({@code 0}: none)
 * @param monthsKept how many month views of the calendar (per viewer's visibility and filters) are kept at most, as
 *     long as a feed and forgotten at any write as it is ({@code 0}: none)
 */
@ConfigurationProperties("libpartners.calendar")
public record EventProperties(
        @DefaultValue("5m") Duration feedKept,
        @DefaultValue("10000") int feedsKept,
        @DefaultValue("2000") int monthsKept) {}
