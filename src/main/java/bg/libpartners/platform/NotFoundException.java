package bg.libpartners.platform;

/** Something asked for by code or id does not exist; answered with 404 in the caller's language. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public NotFoundException(String messageKey, Object... args) {
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
