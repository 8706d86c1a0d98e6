package bg.libpartners.geography;

import bg.libpartners.platform.NotFoundException;

/** No oblast, municipality or settlement with the code asked for; answered with 404. */
public class PlaceNotFoundException extends NotFoundException {

    private PlaceNotFoundException(String messageKey, String code) {
        super(messageKey, code);
    }

    public static PlaceNotFoundException oblast(String code) {
        return new PlaceNotFoundException("geography.oblast.notFound", code);
    }

    public static PlaceNotFoundException municipality(String code) {
        return new PlaceNotFoundException("geography.municipality.notFound", code);
    }

    public static PlaceNotFoundException settlement(String ekatte) {
        return new PlaceNotFoundException("geography.settlement.notFound", ekatte);
    }
}
