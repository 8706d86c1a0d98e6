package bg.libpartners.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. {@code NEW}: nobody took it yet; {@code ASSIGNED}: an expert has it and the next word is
 * theirs; {@code ANSWERED}: the expert answered; {@code WAITING_FOR_ASKER}: the expert needs something from the asker;
 * {@code CLOSED}: by the asker, or by the platform 14 days after the last answer. A closed request may be reopened
 * within 30 days. A message from the asker brings an answered or waiting request back to the expert
 * ({@code ASSIGNED}); an answer from the expert's side makes it {@code ANSWERED}.
 */
public enum SupportStatus {
    NEW,
    ASSIGNED,
    ANSWERED,
    WAITING_FOR_ASKER,
    CLOSED;

    /** Those on which the support side still has work (the overdue ones among them count against the target). */
    public static final Set<SupportStatus> OPEN = EnumSet.of(NEW, ASSIGNED, WAITING_FOR_ASKER, ANSWERED);

    /** The transitions a person asks for explicitly (assignment and messages move the status by themselves). */
    public boolean mayMoveTo(SupportStatus target) {
        return switch (this) {
            case ANSWERED -> target == WAITING_FOR_ASKER || target == CLOSED;
            case WAITING_FOR_ASKER -> target == CLOSED;
            case CLOSED -> target == ASSIGNED || target == NEW;
            case NEW, ASSIGNED -> false;
        };
    }
}
