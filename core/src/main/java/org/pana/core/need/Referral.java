package org.pana.core.need;

import org.pana.core.date.PartialDate;

/**
 * A referral to a provider: an organisation (by id) or a person or service named in words.
 *
 * @param organisationId the provider organisation's record id, or null
 * @param provider the provider in words (a clinic, a lawyer, a shelter), or null
 * @param date when it was made
 * @param status where it stands
 * @param note free text, or null
 */
public record Referral(
    String organisationId, String provider, PartialDate date, ReferralStatus status, String note) {}
