package org.pana.core.record;

import java.time.Instant;

/**
 * A record as read back from the store, with its place in history.
 *
 * @param value the current state
 * @param revision the number of the latest revision
 * @param createdAt when revision 1 was written
 * @param updatedAt when the latest revision was written
 */
public record Stored<T extends Recorded>(
    T value, int revision, Instant createdAt, Instant updatedAt) {}
