/**
 * Partnerships between a library and its community: the record with its parties, the guarded lifecycle and its
 * timeline, the six-step builder, self-assessment and benefit indicators.
 *
 * <p>Which entry point does what:
 * <ul>
 *   <li>{@link bg.libpartners.partnership.PartnershipService} changes a partnership (create, update, a builder step,
 *       the lifecycle, a party's confirmation, a comment) and reads one for this module's own pages and API
 *       ({@code get}, access checked). A change of the record or of its status publishes one of
 *       {@link bg.libpartners.partnership.PartnershipEvents}.</li>
 *   <li>{@link bg.libpartners.partnership.PartnershipCatalog} is how other modules read partnerships, and how any
 *       list is read: {@code find(me, id)} and {@code list(me, …)} check what the user may see;
 *       {@code findUnchecked} is for a module that applies its own rule first or runs without a user (agreement,
 *       event, funding, practice); the remaining reads ({@code endingBetween}, {@code briefs},
 *       {@code typesUsedFor}) answer questions about many partnerships, not show one.</li>
 *   <li>{@link bg.libpartners.partnership.PartnershipAccess} holds the rules of who may see, edit or confirm, so
 *       that a module working with a partnership (an agreement, a board meeting) applies the same ones.</li>
 *   <li>{@link bg.libpartners.partnership.PartnershipGraph} is the published read view for a read model that holds
 *       every partnership in memory (the atlas): rows streamed by this module's own SQL, no entities, no access
 *       check (public data only: no drafts, no texts).</li>
 *   <li>{@code PartnershipReads} (not public) is the JDBC projection behind {@code get} and {@code find}: one
 *       partnership with its parties, timeline and comments, without an entity graph.</li>
 * </ul>
 * Assessments ({@link bg.libpartners.partnership.AssessmentService}), indicators
 * ({@link bg.libpartners.partnership.IndicatorService}), partner suggestions
 * ({@link bg.libpartners.partnership.SuggestionService}) and representatives' invitations
 * ({@link bg.libpartners.partnership.RepresentativeInvitationService}) have a service each. Other modules listen to the
 * events in {@link bg.libpartners.partnership.PartnershipEvents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership")
package bg.libpartners.partnership;
