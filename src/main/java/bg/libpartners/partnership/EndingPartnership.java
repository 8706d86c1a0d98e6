package bg.libpartners.partnership;

import java.time.LocalDate;

/** A partnership still running whose end date is near, for the reminders of the agreement module. */
public record EndingPartnership(long id, String title, long leadLibraryId, Long holderId, LocalDate endDate) {}
