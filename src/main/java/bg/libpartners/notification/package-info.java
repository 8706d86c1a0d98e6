/**
 * E-mail and in-application notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package bg.libpartners.notification;
