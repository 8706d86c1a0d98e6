package bg.libpartners.platform;

/** Something asked for by code or id does not exist; answered with 404 in the caller's language. */
public class NotFoundException extends LocalizedException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
