package bg.libpartners.practice;

import java.time.Instant;

/** A line in a list of practices: enough to choose one, read from the index without touching the database. */
public record PracticeCard(
        Long id,
        String title,
        String summary,
        String country,
        String place,
        Integer year,
        Instant publishedAt,
        PracticeStatus status) {}
