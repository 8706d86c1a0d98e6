package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import bg.libpartners.account.InvitationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.MessageSource;

/** The board's terms follow the application's clock (Bulgarian time), not the JVM's own day. */
class BoardAndStaffTest {

    /** 00:30 on 2 March 2031 in Sofia, still 1 March in UTC. */
    static final Clock SOFIA_PAST_MIDNIGHT =
            Clock.fixed(Instant.parse("2031-03-01T22:30:00Z"), ZoneId.of("Europe/Sofia"));

    @Test
    @SuppressWarnings("unchecked")
    void aNewChairFromTheRegisterStartsAndTheOldOneEndsByTheApplicationsClock() {
        var people = mock(OrganisationPeople.class);
        var old = new OrganisationPerson(
                7L, PersonRole.CHAIR, "Стара Председателова", OrganisationPerson.Source.REGISTER);
        when(people.findByOrganisationIdIn(any())).thenReturn(new ArrayList<>(List.of(old)));
        var boards = new BoardAndStaff(
                mock(Organisations.class),
                people,
                mock(InvitationService.class),
                mock(MessageSource.class),
                SOFIA_PAST_MIDNIGHT);

        assertThat(boards.changes(Map.of(7L, new BoardAndStaff.RegisterBoard("Нова Председателова", null))))
                .containsOnlyKeys(7L)
                .extractingByKey(7L)
                .satisfies(changes -> {
                    assertThat(changes).singleElement().satisfies(c -> {
                        assertThat(c.role()).isEqualTo("CHAIR");
                        assertThat(c.name()).isEqualTo("Нова Председателова");
                        assertThat(c.ending()).containsExactly("Стара Председателова");
                    });
                });
        boards.fromRegister(Map.of(7L, new BoardAndStaff.RegisterBoard("Нова Председателова", null)));

        var saved = ArgumentCaptor.forClass(Iterable.class);
        verify(people).saveAll(saved.capture());
        var added = (List<OrganisationPerson>) saved.getValue();
        assertThat(added).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("Нова Председателова");
            assertThat(p.getTermFrom()).isEqualTo(LocalDate.of(2031, 3, 2));
        });
        assertThat(old.getTermTo()).isEqualTo(LocalDate.of(2031, 3, 1));
    }
}
