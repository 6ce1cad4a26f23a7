package org.pana.core.document;

import org.pana.core.date.PartialDate;

/**
 * One change in who holds a document.
 *
 * @param status the new state
 * @param date when it changed (partial)
 * @param custodian who holds it now when not the person (e.g. "county police, Zhaosu")
 * @param sourceId who told us
 * @param note anything else
 */
public record CustodyChange(
    CustodyStatus status, PartialDate date, String custodian, String sourceId, String note) {}
