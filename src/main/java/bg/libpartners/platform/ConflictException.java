package bg.libpartners.platform;

/** The request clashes with the current state (a lost update, a duplicate); answered with 409. */
public class ConflictException extends LocalizedException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
