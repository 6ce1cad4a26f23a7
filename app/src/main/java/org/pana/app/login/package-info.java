/**
 * Logging in: the passphrase check with its second step and the slow-down after failures ({@link
 * org.pana.app.login.Logins}), personal API tokens and the bearer filter, two-step login (TOTP),
 * the login sessions and their tie to the vault's opening, the cross-site write check, and the
 * login page. Which request needs what is wired in {@code org.pana.app.SecurityConfiguration}.
 */
package org.pana.app.login;
