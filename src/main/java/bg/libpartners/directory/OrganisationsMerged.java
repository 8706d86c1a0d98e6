package bg.libpartners.directory;

/**
 * A duplicate was merged into the organisation that stays: every module that holds a reference to {@code removed}
 * re-points it to {@code kept} when it hears this event (published inside the merging transaction).
 */
public record OrganisationsMerged(OrganisationId kept, OrganisationId removed) {
}
