package bg.libpartners.event;

import bg.libpartners.platform.BadRequestException;

/** Bad input for an event, a registration or the minutes; names the field (400). */
public class InvalidEventException extends BadRequestException {

    public InvalidEventException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
