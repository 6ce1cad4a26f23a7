package org.pana.core.need;

/** Where a referral stands. */
public enum ReferralStatus {
  PROPOSED,
  ACCEPTED,
  DECLINED,
  COMPLETED
}
