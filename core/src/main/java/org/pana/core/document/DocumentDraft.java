package org.pana.core.document;

/** A document as typed or sent, with its first custody state; validated by {@link Documents}. */
public record DocumentDraft(
    String type,
    String number,
    String issuer,
    String issued,
    String expires,
    String custody,
    String custodyDate,
    String custodian,
    String sourceId,
    String notes) {}
