package org.pana.core.audit;

import java.time.Instant;

/**
 * One entry of the append-only audit log. It names who did what to which record, never what the
 * record says: no names, testimony or identifiers.
 *
 * @param sequence 1, 2, 3 … without gaps
 * @param recordedAt when
 * @param actor the account (or process) that acted
 * @param action what it did
 * @param subjectId the record acted on (an id, which reveals nothing), or null
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param hash this entry's hash over all of the above
 */
public record AuditEntry(
    long sequence,
    Instant recordedAt,
    String actor,
    AuditAction action,
    String subjectId,
    String previousHash,
    String hash) {}
