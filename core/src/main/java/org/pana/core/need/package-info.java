/**
 * Needs of a person or family (medical, housing, legal, financial, documents, psychosocial,
 * education), their urgency, referrals to providers, and follow-up tasks with due dates assigned to
 * volunteers.
 */
package org.pana.core.need;
