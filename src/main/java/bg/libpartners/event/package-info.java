/**
 * Events: regional meetings with librarians and community representatives, chitalishte board meetings, round tables
 * and trainings — invitations, registration with a waiting list, reminders, attendance and its sign-in sheet,
 * minutes with decisions and follow-up actions, calendar files and personal feeds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package bg.libpartners.event;
