package org.pana.app.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command reads passphrases and answers from, and prints to: the process's standard
 * streams, or a test's.
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err) {}
