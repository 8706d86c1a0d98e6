package bg.libpartners.platform;

/** The request clashes with the current state (a lost update, a duplicate); answered with 409. */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args;
    }
}
