package bg.libpartners.survey;

import bg.libpartners.platform.BadRequestException;

/** A campaign that cannot be saved or launched as given; names the field. Nothing is written. */
public class InvalidCampaignException extends BadRequestException {

    public InvalidCampaignException(String field, String key, Object... args) {
        super(field, key, args);
    }
}
