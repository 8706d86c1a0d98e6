package bg.libpartners.notification;

/** How a person gets the e-mail of one kind of notice; the inbox has every notice whatever the choice. */
public enum Delivery {
    /** An e-mail as soon as the notice comes (the default). */
    IMMEDIATE,
    /** Collected into one e-mail each morning. */
    DIGEST,
    /** Only in the inbox. */
    NONE
}
