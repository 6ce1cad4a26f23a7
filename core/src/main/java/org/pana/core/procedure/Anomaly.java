package org.pana.core.procedure;

import java.time.LocalDate;

/**
 * Something in a case's steps that breaks a rule: flagged for a volunteer to look at, never a
 * refusal to record it.
 *
 * @param code e.g. {@code late-petition}, {@code certificate-not-same-day}, {@code
 *     decision-overdue}, {@code certificate-lapsed}
 * @param on the day it happened (or was noticed)
 * @param rule the rule it breaks
 * @param days by how many days, where that makes sense (0 otherwise)
 * @param explanation in words
 */
public record Anomaly(String code, LocalDate on, Rule rule, long days, String explanation) {}
