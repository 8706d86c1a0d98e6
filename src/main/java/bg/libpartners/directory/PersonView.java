package bg.libpartners.directory;

import java.time.LocalDate;

/**
 * A person as the reader may see them: name, role and term for every signed-in user; {@code email} and {@code phone}
 * only for those who may edit the organisation and for the person themselves ({@code contactsVisible}), null
 * otherwise. {@code current} says whether the term runs today; {@code fromRegister} that the register import keeps
 * the row.
 */
public record PersonView(long id, PersonRole role, String name, LocalDate termFrom, LocalDate termTo,
        boolean current, boolean contactsVisible, String email, String phone, boolean fromRegister, long version) {
}
