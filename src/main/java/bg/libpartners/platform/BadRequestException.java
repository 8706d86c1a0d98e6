package bg.libpartners.platform;

/** A request parameter is malformed; answered with 400 naming the parameter. */
public class BadRequestException extends RuntimeException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] args;

    public BadRequestException(String parameter, String messageKey, Object... args) {
        super(parameter + ": " + messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String getParameter() {
        return parameter;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args;
    }
}
