/**
 * Records and their immutable revisions: the {@link org.pana.core.record.RecordStore} port, each
 * {@link org.pana.core.record.RecordKind} (name, type, links, search terms, sharing and redaction),
 * {@link org.pana.core.record.Revision} (who, when, what changed), {@link
 * org.pana.core.record.Change} (who and why), and {@link org.pana.core.record.Retraction}. The
 * current state of a record is derived from its latest revision. Who may read what is the {@code
 * access} package's.
 */
package org.pana.core.record;
