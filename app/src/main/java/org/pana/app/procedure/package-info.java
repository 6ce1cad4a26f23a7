/**
 * The asylum procedure of cases: recording steps, their deadlines and anomalies on the case page
 * and in the API, the dashboard's "what's due" and the header's count, and what reaches a volunteer
 * outside Pana: the personal calendar feed (its secret keys, {@link
 * org.pana.app.procedure.CalendarKeys}, and the filter that lets a calendar application in with
 * one) and the daily e-mail digest (its checked addresses, {@link
 * org.pana.app.procedure.DigestAddresses}).
 */
package org.pana.app.procedure;
