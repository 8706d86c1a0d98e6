package bg.libpartners.directory;

import java.util.List;

/**
 * An organisation's board or staff for one reader: those in office, then the former ones (newest end first).
 * {@code editable} when the reader may add, change and remove people and invite them; {@code roles} the roles the
 * list offers.
 */
public record People(
        long organisationId,
        PeopleList list,
        boolean editable,
        List<PersonView> current,
        List<PersonView> former,
        List<PersonRole> roles) {

    public boolean isEmpty() {
        return current.isEmpty() && former.isEmpty();
    }
}
