/**
 * Users, roles and scopes, invitations, password resets, personal API tokens and the audit trail of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and trust")
package bg.libpartners.account;
