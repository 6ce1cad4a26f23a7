package org.pana.core.source;

/** A source as typed into a form or sent to the API: raw text, validated by {@link Sources}. */
public record SourceDraft(
    String informant,
    String relation,
    String date,
    String channel,
    String reliability,
    String notes) {}
