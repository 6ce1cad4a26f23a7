/**
 * Aggregate counts for coordinators, with uncertain dates spread over their range and small cells
 * suppressed in anything published.
 */
package org.pana.core.statistics;
