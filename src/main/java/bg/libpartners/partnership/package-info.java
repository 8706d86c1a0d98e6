/**
 * Partnerships between a library and its community: the record with its parties, the guarded lifecycle and its
 * timeline, the six-step builder, self-assessment and benefit indicators. Other modules read it through
 * {@link bg.libpartners.partnership.PartnershipCatalog} and listen to the events in
 * {@link bg.libpartners.partnership.PartnershipEvents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership")
package bg.libpartners.partnership;
