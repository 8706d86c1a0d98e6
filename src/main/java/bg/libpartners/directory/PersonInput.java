package bg.libpartners.directory;

import java.time.LocalDate;

/**
 * A person on a board or on the staff as a form or an API call gives it: the role (of the organisation's list), the
 * name, optional e-mail and phone, and the term (either end may be left out). {@code version} guards an edit against a
 * lost update.
 */
public record PersonInput(
        PersonRole role, String name, String email, String phone, LocalDate termFrom, LocalDate termTo, Long version) {}
