package org.pana.search;

import java.util.List;

/**
 * One person found.
 *
 * @param id the person's record id
 * @param organisationId the organisation holding the record
 * @param score the name score adjusted by year of birth and identifiers, in [0, 1]
 * @param matchedName the written form of the name that matched best
 * @param explanation why it matched, part by part
 * @param birthYear year of birth, or null
 * @param birthPlace place of birth as written, or null
 * @param sex sex code, or null
 * @param caseStatuses statuses of the person's cases
 */
public record PersonHit(
    String id,
    String organisationId,
    double score,
    String matchedName,
    String explanation,
    Integer birthYear,
    String birthPlace,
    String sex,
    List<String> caseStatuses) {}
