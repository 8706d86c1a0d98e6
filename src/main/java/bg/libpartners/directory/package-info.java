/**
 * Organisations: chitalishta (the legal entities), libraries and partner organisations; the register import, the
 * Bulgarian search over them, exports and merging of duplicates. Other modules reference any party by
 * {@link bg.libpartners.directory.OrganisationId} and read it through {@link bg.libpartners.directory.Directory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package bg.libpartners.directory;
