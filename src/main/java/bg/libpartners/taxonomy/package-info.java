/**
 * The one taxonomy of the programme, in the seed's words: partner types and subtypes, fields of activity, target
 * groups, contributions and benefits. Defined once here and used by the directory, partnerships, practices and every
 * module after them (survey, events, funding, insights); one label per code in the {@code taxonomy} message bundle.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Taxonomy",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package bg.libpartners.taxonomy;
