package org.pana.core.procedure;

import org.pana.core.casefile.CaseFile;
import org.pana.core.record.Stored;

/**
 * A deadline of one case, for lists of what is due.
 *
 * @param caseFile the case
 * @param deadline the deadline
 */
public record DueItem(Stored<CaseFile> caseFile, Deadline deadline) {}
