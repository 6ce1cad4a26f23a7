/**
 * Accounts of the people who use Pana (volunteers, coordinators, administrators), their roles and
 * organisations, API tokens, and the rules for logins: what a login name and a passphrase may be,
 * and how failed attempts slow down the next one.
 */
package org.pana.core.account;
