package bg.libpartners.directory;

import java.time.LocalDate;

/**
 * A person as the reader may see them: role and term for every signed-in user; {@code name}, {@code email} and
 * {@code phone} (personal data) only for those who keep the organisation ({@link BoardAndStaff#maySeePeople}) and
 * for the person themselves ({@code personalDataVisible}), null otherwise. {@code current} says whether the term
 * runs today; {@code fromRegister} that the register import keeps the row.
 */
public record PersonView(
        long id,
        PersonRole role,
        String name,
        LocalDate termFrom,
        LocalDate termTo,
        boolean current,
        boolean personalDataVisible,
        String email,
        String phone,
        boolean fromRegister,
        long version) {}
