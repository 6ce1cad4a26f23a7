/**
 * Who may see what: the reader's {@link org.pana.core.access.Scope} (their organisations, or
 * everything), how they stand to one record ({@link org.pana.core.access.Audience}), how a case
 * opens itself to partner organisations ({@link org.pana.core.access.Sharing}), and the {@link
 * org.pana.core.access.Visibility} of a claim or an event. The record store applies them on every
 * read.
 */
package org.pana.core.access;
