package org.pana.core.procedure;

import java.time.Period;
import java.util.List;

/**
 * A document that runs out: issued by some steps, valid for a period, needed until others.
 *
 * @param kind the document, e.g. {@code asylum-seeker-certificate}
 * @param issuedBy the steps that issue (or reissue) it
 * @param validFor how long it is valid from issue
 * @param neededUntil steps after which it need not be renewed any more
 * @param lapseAnomaly the anomaly to flag when it runs out while still needed
 * @param renewBefore how long before expiry to apply for renewal (may be null)
 * @param renewRule where the renewal lead time comes from (null when {@code renewBefore} is)
 * @param rule where the validity comes from
 */
public record DocumentValidity(
    String kind,
    List<StepType> issuedBy,
    Period validFor,
    List<StepType> neededUntil,
    String lapseAnomaly,
    Period renewBefore,
    Rule renewRule,
    Rule rule) {

  public DocumentValidity {
    issuedBy = List.copyOf(issuedBy);
    neededUntil = List.copyOf(neededUntil);
  }
}
