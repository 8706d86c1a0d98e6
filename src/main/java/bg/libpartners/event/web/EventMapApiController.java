package bg.libpartners.event.web;

import bg.libpartners.event.EventMarker;
import bg.libpartners.event.EventReads;
import bg.libpartners.event.EventTimes;
import bg.libpartners.platform.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's event layer: public upcoming events in person as GeoJSON points at their settlements. The atlas's map
 * page asks this endpoint (it never reads the event tables); it is public, like the calendar of public events.
 */
@RestController
@Tag(name = "Events")
class EventMapApiController {

    /** How far ahead the layer looks when no {@code to} is given, and at most. */
    static final int DEFAULT_DAYS = 90;

    static final int MAX_DAYS = 400;

    private final EventReads reads;
    private final MessageSource messages;

    EventMapApiController(EventReads reads, MessageSource messages) {
        this.reads = reads;
        this.messages = messages;
    }

    @Operation(
            summary = "Public upcoming events in person as a GeoJSON FeatureCollection of points (the map layer):"
                    + " bbox = west,south,east,north (WGS 84; default Bulgaria), from/to = Europe/Sofia dates (default today"
                    + " and 90 days on, at most 400 days); each feature has id, kind, kindLabel, title, start (ISO local),"
                    + " date (Bulgarian), settlement and url")
    @GetMapping("/api/v1/events/map")
    Map<String, Object> map(
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Locale locale) {
        double[] box = bbox == null || bbox.isBlank() ? new double[] {22.3, 41.2, 28.7, 44.3} : parse(bbox);
        var start = from != null ? from : LocalDate.now(EventTimes.ZONE);
        var end = to != null ? to : start.plusDays(DEFAULT_DAYS);
        if (!end.isAfter(start) || end.isAfter(start.plusDays(MAX_DAYS))) {
            throw new BadRequestException("to", "platform.error.malformedParameter", "to", end);
        }
        var markers = reads.upcomingOnMap(
                box[0],
                box[1],
                box[2],
                box[3],
                start.atStartOfDay(EventTimes.ZONE).toInstant(),
                end.atStartOfDay(EventTimes.ZONE).toInstant());
        var fc = new LinkedHashMap<String, Object>();
        fc.put("type", "FeatureCollection");
        fc.put("features", markers.stream().map(m -> feature(m, locale)).toList());
        return fc;
    }

    private Map<String, Object> feature(EventMarker m, Locale locale) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("id", m.id());
        properties.put("kind", m.kind().name());
        properties.put("kindLabel", messages.getMessage("event.kind." + m.kind().name(), null, locale));
        properties.put("title", m.title());
        properties.put("start", m.localStart().toString());
        properties.put("date", m.localStart().format(EventTimes.DATE_TIME));
        properties.put("settlement", m.settlement());
        properties.put("url", "/events/" + m.id());
        var feature = new LinkedHashMap<String, Object>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(m.lon(), m.lat())));
        feature.put("properties", properties);
        return feature;
    }

    private static double[] parse(String bbox) {
        var parts = bbox.split(",");
        if (parts.length != 4) {
            throw new BadRequestException("bbox", "platform.error.malformedParameter", "bbox", bbox);
        }
        var d = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                d[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new BadRequestException("bbox", "platform.error.malformedParameter", "bbox", bbox);
        }
        if (d[0] < -180
                || d[2] > 180
                || d[1] < -90
                || d[3] > 90
                || d[0] >= d[2]
                || d[1] >= d[3]
                || Double.isNaN(d[0] + d[1] + d[2] + d[3])) {
            throw new BadRequestException("bbox", "platform.error.malformedParameter", "bbox", bbox);
        }
        return d;
    }
}
