/**
 * The good-practice catalogue: stories of partnerships from Bulgaria and abroad, moderated before they are public,
 * searchable in Bulgarian with facets, exported as a brochure and announced by an Atom feed. Other modules start a
 * practice through {@link bg.libpartners.practice.PracticeService#draftFrom(PracticeDraft)}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Good practices")
package bg.libpartners.practice;
