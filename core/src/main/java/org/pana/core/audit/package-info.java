/**
 * The audit trail: {@link org.pana.core.audit.AuditEntry} (who did what to which record, never what
 * it says), the SHA-256 {@link org.pana.core.audit.AuditChain} that makes tampering evident, the
 * signed {@link org.pana.core.audit.AuditCheckpoint}s and {@link org.pana.core.audit.AuditHead}
 * that make cutting off or recomputing it evident, the {@link org.pana.core.audit.AuditLog} port
 * and the {@link org.pana.core.audit.HeadCopy} port for the head kept outside the database.
 */
package org.pana.core.audit;
