/** The command line: which command, which data directory, port and database. */
package org.pana.app.cli;
