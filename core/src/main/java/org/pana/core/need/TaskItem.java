package org.pana.core.need;

import org.pana.core.record.Stored;

/**
 * A follow-up task with its need, for lists of what is due.
 *
 * @param need the need
 * @param task the task
 */
public record TaskItem(Stored<Need> need, FollowUp task) {}
