/**
 * Identity document numbers: which kinds we know ({@link
 * org.pana.core.person.identity.IdentifierType}), how each is normalised and checked, and what a
 * valid number tells us (birth date, sex, region). The result of a check is an {@link
 * org.pana.core.person.identity.IdentifierCheck}; it never throws for bad input, because volunteers
 * must be able to record a number exactly as a document shows it, wrong check digit included.
 *
 * <p>Owns the Chinese resident ID rules (GB 11643 check character, GB/T 2260 region codes, with a
 * historic table for Xinjiang in {@code cn-region-codes-xinjiang.tsv}) and the Kazakhstan IIN
 * rules. Messages never contain the number itself, so they can be logged and shown safely.
 */
package org.pana.core.person.identity;
