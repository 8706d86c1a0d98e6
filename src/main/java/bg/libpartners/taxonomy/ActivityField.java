package bg.libpartners.taxonomy;

/** The field of activity of a partnership; the codes are shared with the good-practice catalogue. */
public enum ActivityField {
    READING,
    DIGITAL_SKILLS,
    HERITAGE,
    SOCIAL_INCLUSION,
    EDUCATION,
    HEALTH,
    EMPLOYMENT,
    LOCAL_DEVELOPMENT,
    CULTURE_EVENTS,
    ENVIRONMENT,
    DEMOCRACY,
    PREVENTION
}
