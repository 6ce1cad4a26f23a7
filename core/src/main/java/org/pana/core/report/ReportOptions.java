package org.pana.core.report;

import java.util.List;

/**
 * What a report is built from and how.
 *
 * @param language {@code en} or {@code ru}
 * @param dates how precisely dates are given
 * @param eventIds the events told, or null for the default: every event of the case's people that
 *     is not private (and, of events of no type, only those quoted)
 * @param quotedIds the events whose testimony is quoted, or null for the default: the public ones
 *     that name no third party at risk. Only public events may be quoted.
 * @param procedure whether to say where the asylum case stands
 * @param needs whether to say what help is needed
 * @param photoIds the evidence files (photographs) to publish, each only with its person's consent
 *     to the publication of photos; none by default
 * @param subjectId the person the account is about, one of the case's people; null for the first
 *     person listed in the case (reports drafted before the choice existed)
 */
public record ReportOptions(
    String language,
    DateDetail dates,
    List<String> eventIds,
    List<String> quotedIds,
    boolean procedure,
    boolean needs,
    List<String> photoIds,
    String subjectId) {

  /** The languages reports are written in. */
  public static final List<String> LANGUAGES = List.of("en", "kk", "ru", "ug", "zh");

  public ReportOptions {
    dates = dates == null ? DateDetail.MONTH : dates;
    eventIds = eventIds == null ? null : List.copyOf(eventIds);
    quotedIds = quotedIds == null ? null : List.copyOf(quotedIds);
    photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
  }

  /** Options about the first person listed in the case. */
  public ReportOptions(
      String language,
      DateDetail dates,
      List<String> eventIds,
      List<String> quotedIds,
      boolean procedure,
      boolean needs,
      List<String> photoIds) {
    this(language, dates, eventIds, quotedIds, procedure, needs, photoIds, null);
  }

  /** Options without photographs, about the first person listed in the case. */
  public ReportOptions(
      String language,
      DateDetail dates,
      List<String> eventIds,
      List<String> quotedIds,
      boolean procedure,
      boolean needs) {
    this(language, dates, eventIds, quotedIds, procedure, needs, List.of(), null);
  }

  /** Every default, in a language. */
  public static ReportOptions defaults(String language) {
    return new ReportOptions(language, DateDetail.MONTH, null, null, true, true);
  }
}
