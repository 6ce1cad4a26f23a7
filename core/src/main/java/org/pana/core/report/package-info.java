/**
 * Reports that leave the casebook: an account of a case written from its claims with every
 * redaction rule applied (consent, coarse places and dates, no identifiers or contacts, relatives
 * at risk generalised), approval by a second person that freezes the text under its hash, the
 * output formats, and the disclosure ledger of every release.
 *
 * <p>{@link org.pana.core.report.ReportBuilder} writes a report from small parts, one job each: who
 * may be named ({@code Naming}), quote scrubbing ({@code QuoteScrubbing}), wording and dates
 * ({@code Wording}), places ({@code ShownPlaces}) and the sentences ({@code CaseParagraphs}, {@code
 * EventSentences}). The word lists the rules depend on are resource files in {@code words/}, each
 * entry with its reason.
 */
package org.pana.core.report;
