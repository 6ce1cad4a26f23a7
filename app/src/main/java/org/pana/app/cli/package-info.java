/**
 * The command line: what the user asked for ({@link org.pana.app.cli.Invocation}), one small class
 * per command ({@link org.pana.app.cli.PanaCommand}, registered in {@link
 * org.pana.app.cli.Commands}), and the passphrase prompt. The only product package that may load
 * the measuring tools ({@code org.pana.tools}).
 */
package org.pana.app.cli;
