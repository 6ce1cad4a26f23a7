package org.pana.core.audit;

/** What an audit entry records. */
public enum AuditAction {
  LOGIN,
  LOGIN_FAILED,
  LOGOUT,
  RECORD_READ,
  RECORD_WRITTEN,
  RECORD_MOVED,
  EXPORTED,
  BACKUP_WRITTEN,
  BACKUP_RESTORED,
  KEY_ADDED,
  KEY_CHANGED,
  KEY_REMOVED,
  VAULT_ERASED,
  VAULT_LOCKED,
  PERMISSION_CHANGED,
  /** A record was retracted as entered by mistake (it is kept, hidden). */
  RECORD_RETRACTED,
  /** A retracted record was restored. */
  RECORD_RESTORED,
  /** A person was erased on request, with what was entered for them; nothing of it is kept. */
  PERSON_ERASED
}
