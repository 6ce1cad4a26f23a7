package org.pana.core.need;

/** What kind of help is needed. */
public enum NeedCategory {
  MEDICAL,
  HOUSING,
  LEGAL,
  FINANCIAL,
  DOCUMENTS,
  PSYCHOSOCIAL,
  EDUCATION,
  OTHER
}
