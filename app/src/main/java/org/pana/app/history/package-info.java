/** The record history view and API. */
package org.pana.app.history;
