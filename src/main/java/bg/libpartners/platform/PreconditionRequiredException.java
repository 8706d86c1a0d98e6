package bg.libpartners.platform;

/**
 * An update came without the version the client last saw, so it could overwrite someone else's change blindly;
 * answered with 428 Precondition Required naming the field.
 */
public class PreconditionRequiredException extends LocalizedException {

    private final String parameter;

    public PreconditionRequiredException(String parameter) {
        super("platform.error.versionRequired", parameter);
        this.parameter = parameter;
    }

    public String getParameter() {
        return parameter;
    }
}
