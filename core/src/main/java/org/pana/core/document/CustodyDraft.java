package org.pana.core.document;

/** A custody change as typed or sent. */
public record CustodyDraft(
    String status, String date, String custodian, String sourceId, String note) {}
