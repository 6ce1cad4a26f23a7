/**
 * Files in the data directory: encrypted evidence uploads, the signed head of the audit trail, and
 * owner-only permissions for everything Pana writes.
 */
package org.pana.store.files;
