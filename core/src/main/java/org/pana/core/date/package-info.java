/**
 * Partial dates as volunteers record them: a year, a month or a day, possibly approximate, or a
 * range between two of those. Owns {@link org.pana.core.date.PartialDate} (a small subset of ISO
 * 8601-2 EDTF) and its parse error {@link org.pana.core.date.InvalidPartialDate}. Nothing here
 * knows about people or cases; other packages use these dates for birth dates and events.
 */
package org.pana.core.date;
