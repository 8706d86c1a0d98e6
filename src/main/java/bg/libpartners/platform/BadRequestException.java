package bg.libpartners.platform;

/** A request parameter or field is malformed; answered with 400 naming it. */
public class BadRequestException extends LocalizedException {

    private final String parameter;

    public BadRequestException(String parameter, String messageKey, Object... args) {
        super(messageKey, args);
        this.parameter = parameter;
    }

    public String getParameter() {
        return parameter;
    }
}
