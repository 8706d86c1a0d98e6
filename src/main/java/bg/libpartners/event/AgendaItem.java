package bg.libpartners.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of the agenda: a time of day ({@code HH:mm}, Europe/Sofia) or none, the topic, the speaker. */
@Embeddable
public record AgendaItem(
        @Column(name = "start_time") String time,
        @Column(name = "topic") String topic,
        @Column(name = "speaker") String speaker) {}
