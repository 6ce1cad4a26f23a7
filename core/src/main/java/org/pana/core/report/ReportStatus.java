package org.pana.core.report;

/** Where a report stands. */
public enum ReportStatus {
  /** Written from the case as it is now; may change with it; not for release. */
  DRAFT,
  /** Approved by a second person: its text is frozen and may be released. */
  APPROVED
}
