/**
 * Records and their immutable revisions: the {@link org.pana.core.history.RecordStore} port, {@link
 * org.pana.core.history.Revision} (who, when, what changed) and {@link
 * org.pana.core.history.Change} (who and why). The current state of a record is derived from its
 * latest revision.
 */
package org.pana.core.history;
