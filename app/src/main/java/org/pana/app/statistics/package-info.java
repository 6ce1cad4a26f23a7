/** The statistics page for coordinators: aggregate tables, SVG charts and a CSV download. */
package org.pana.app.statistics;
