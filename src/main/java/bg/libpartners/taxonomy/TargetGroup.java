package bg.libpartners.taxonomy;

/** Who a partnership serves; the codes are shared with the good-practice catalogue. */
public enum TargetGroup {
    CHILDREN,
    YOUTH,
    ADULTS,
    ELDERLY,
    DISABLED,
    MINORITIES,
    UNEMPLOYED,
    LIBRARIANS,
    COMMUNITY,
    OTHER
}
