/** Consent records of people in the API and on the person page. */
package org.pana.app.consent;
