package bg.libpartners.account;

/** A link that is unknown, used or expired: the page says so and offers a new one. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException() {
        super("invalid or expired link");
    }
}
