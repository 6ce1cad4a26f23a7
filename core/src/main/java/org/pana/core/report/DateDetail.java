package org.pana.core.report;

/** How precisely a report gives dates. */
public enum DateDetail {
  DAY,
  MONTH,
  YEAR
}
