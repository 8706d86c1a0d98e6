/**
 * Surveys of the partnerships libraries already have (the programme's first goal): questionnaires built in the
 * application and versioned, campaigns to an audience from the directory, personal links for libraries without an
 * account, drafts and submissions, reminders, progress and results, exports; submitted answers feed the partnership
 * registry as drafts, their partners matched to the directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Survey")
package bg.libpartners.survey;
