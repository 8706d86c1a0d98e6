package bg.libpartners.directory;

import java.util.Arrays;
import java.util.List;

/**
 * What a person does in an organisation, in one of its two lists ({@link PeopleList}): a chitalishte's board (chair,
 * deputy chair, secretary, member) or the staff of a library or a partner (head, librarian, assistant, other).
 * Labels are the message keys {@code directory.person.role.<NAME>}.
 */
public enum PersonRole {
    CHAIR(PeopleList.BOARD),
    DEPUTY_CHAIR(PeopleList.BOARD),
    SECRETARY(PeopleList.BOARD),
    MEMBER(PeopleList.BOARD),
    HEAD(PeopleList.STAFF),
    LIBRARIAN(PeopleList.STAFF),
    ASSISTANT(PeopleList.STAFF),
    OTHER(PeopleList.STAFF);

    private final PeopleList list;

    PersonRole(PeopleList list) {
        this.list = list;
    }

    public PeopleList list() {
        return list;
    }

    /** The roles of one list, in the order a form offers them. */
    public static List<PersonRole> of(PeopleList list) {
        return Arrays.stream(values()).filter(r -> r.list == list).toList();
    }

    /** Who signs for the organisation by default: the chair of a board, the head of staff. */
    public boolean signs() {
        return this == CHAIR || this == HEAD;
    }
}
