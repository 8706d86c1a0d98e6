package bg.libpartners.agreement;

import bg.libpartners.platform.BadRequestException;

/** Bad input or an out-of-order step on an agreement: 400 naming the field, nothing changed. */
public class InvalidAgreementException extends BadRequestException {

    public InvalidAgreementException(String field, String key, Object... args) {
        super(field, key, args);
    }
}
