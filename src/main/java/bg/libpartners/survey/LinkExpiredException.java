package bg.libpartners.survey;

import bg.libpartners.platform.LocalizedException;

/** A personal link whose campaign has closed: answered with 410 Gone and the day it closed. */
public class LinkExpiredException extends LocalizedException {

    public LinkExpiredException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
