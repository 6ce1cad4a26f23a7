/**
 * Who may do what: the vault's lock state, accounts and logins, API tokens, the first-run setup,
 * the Spring Security rules, and the pages where administrators manage accounts and read the audit
 * log.
 */
package org.pana.app.security;
