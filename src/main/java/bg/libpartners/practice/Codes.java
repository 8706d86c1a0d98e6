package bg.libpartners.practice;

import java.util.List;

/**
 * The taxonomies a practice is described by, as stable codes; their names are in the message bundle under
 * {@code practice.partnerType.*}, {@code practice.field.*}, {@code practice.targetGroup.*}. Partner types are the
 * seed's (and the directory's) kinds of partner.
 */
public final class Codes {

    public static final List<String> PARTNER_TYPES = List.of("EDUCATION", "SOCIAL", "HEALTH", "CULTURE", "MEDIA",
            "PUBLIC_BODY", "BUSINESS", "NGO", "SPORTS", "INDIVIDUAL", "RELIGIOUS", "ABROAD");

    public static final List<String> FIELDS = List.of("READING", "DIGITAL_SKILLS", "HERITAGE", "SOCIAL_INCLUSION",
            "EDUCATION", "HEALTH", "EMPLOYMENT", "LOCAL_DEVELOPMENT", "CULTURE_EVENTS", "ENVIRONMENT", "DEMOCRACY",
            "PREVENTION");

    public static final List<String> TARGET_GROUPS = List.of("CHILDREN", "YOUTH", "ADULTS", "ELDERLY", "DISABLED",
            "MINORITIES", "UNEMPLOYED", "LIBRARIANS", "COMMUNITY", "OTHER");

    /** Countries of the programme's examples first; any ISO 3166 alpha-2 code is accepted. */
    public static final List<String> COUNTRIES = List.of("BG", "LT", "NO", "RO", "LV", "UA", "PL", "MD", "RS",
            "MK", "GR", "TR", "DE", "GB", "US");

    private Codes() {}
}
