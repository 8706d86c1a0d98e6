package bg.libpartners.directory.web;

import bg.libpartners.directory.PersonInput;
import bg.libpartners.directory.PersonRole;
import java.time.LocalDate;

/**
 * A person of a board or staff as the API takes it: {@code role} one of the organisation's list (CHAIR, DEPUTY_CHAIR,
 * SECRETARY, MEMBER for a chitalishte; HEAD, LIBRARIAN, ASSISTANT, OTHER for a library or partner), dates as
 * {@code 2026-01-31}; {@code version} (or If-Match) is required on edit.
 */
record PersonRequest(
        PersonRole role, String name, String email, String phone, LocalDate termFrom, LocalDate termTo, Long version) {

    PersonInput toInput(Long version) {
        return new PersonInput(role, name, email, phone, termFrom, termTo, version);
    }
}
