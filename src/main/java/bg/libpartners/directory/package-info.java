/**
 * Organisations: chitalishta (the legal entities), libraries and partner organisations; the register import, the
 * Bulgarian search over them, exports and merging of duplicates. Other modules reference any party by
 * {@link bg.libpartners.directory.OrganisationId} and read it through {@link bg.libpartners.directory.Directory};
 * a read model that holds every organisation on the map in memory streams them from
 * {@link bg.libpartners.directory.OrganisationPoints}. A merge of duplicates publishes
 * {@link bg.libpartners.directory.OrganisationsMerged} inside its transaction; each module holding references
 * re-points them in its own listener, through its own entities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package bg.libpartners.directory;
