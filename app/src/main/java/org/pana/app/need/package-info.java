/** Needs and help in the UI and the API: referrals and follow-up tasks assigned to volunteers. */
package org.pana.app.need;
