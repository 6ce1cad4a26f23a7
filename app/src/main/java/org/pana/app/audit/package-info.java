/**
 * The audit trail as the web sees it: every read of one record and of every person or case in a
 * list leaves an entry ({@link org.pana.app.audit.ReadAudit}, {@link
 * org.pana.app.audit.ReadTrail}), and administrators browse and verify the trail ({@link
 * org.pana.app.audit.AuditPages}). The hash-chained log itself is {@code core.audit} and {@code
 * store}'s.
 */
package org.pana.app.audit;
