package bg.libpartners.directory;

/**
 * A duplicate was merged into the organisation that stays: every module that holds a reference to {@code removed}
 * re-points it to {@code kept} when it hears this event, through its own entities so that versions and times of
 * change move (partnerships, practices, support requests, applications and grants, events, materials, surveys, user
 * scopes and invitations). Published inside the merging transaction and heard by plain {@code @EventListener}s, so a
 * merge is all or nothing; read models (the atlas) hear it after commit. The kept organisation's name and oblast, as
 * they are after the merge, come with it: the records that copy them (a party's name, a material's oblast) take them
 * from here instead of each asking the directory again.
 */
public record OrganisationsMerged(
        OrganisationId kept, OrganisationId removed, String keptName, String keptOblastCode) {}
