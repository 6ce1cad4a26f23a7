/** The dashboard page. */
package org.pana.app.dashboard;
