/**
 * Accounts and the first run: the setup token and the first administrator ({@link
 * org.pana.app.account.FirstRun}) behind the setup gate, further accounts with their roles and
 * organisations ({@link org.pana.app.account.Accounts}), a user's own account page (passphrase, API
 * tokens, two-step login, calendar feed, digest) and the administrators' account list with the
 * panic button.
 */
package org.pana.app.account;
