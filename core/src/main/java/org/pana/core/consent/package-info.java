/**
 * Consent: what a person agreed to (documentation, sharing with a named partner, publication with
 * their name, under a pseudonym, of photos), when, how and before whom it was obtained, with its
 * evidence, and its withdrawal. Every share, export or publication asks {@link
 * org.pana.core.consent.Consents#allows} at that moment.
 */
package org.pana.core.consent;
