/**
 * The asylum procedure of cases: recording steps, their deadlines and anomalies on the case page
 * and in the API, and the dashboard's "what's due".
 */
package org.pana.app.procedure;
