package bg.libpartners.funding;

/** A call is prepared as a draft and published once; it is open between its opening and closing times. */
public enum CallStatus {
    DRAFT,
    PUBLISHED
}
