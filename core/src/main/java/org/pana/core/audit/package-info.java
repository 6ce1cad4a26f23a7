/**
 * The audit trail: {@link org.pana.core.audit.AuditEntry} (who did what to which record, never what
 * it says), the SHA-256 {@link org.pana.core.audit.AuditChain} that makes tampering evident, and
 * the {@link org.pana.core.audit.AuditLog} port.
 */
package org.pana.core.audit;
