package org.pana.tools.load;

import java.net.URI;
import org.pana.core.account.Role;

/**
 * A real Pana server for the load benchmark, started by the command line (which knows the
 * application) on a fresh temporary data directory and a free port on 127.0.0.1. Closing it stops
 * the server and deletes the directory.
 */
public interface BenchTarget extends AutoCloseable {

  /** Where the server answers, e.g. {@code http://127.0.0.1:41234}. */
  URI base();

  /** The database, without its password. */
  String database();

  /** Creates the casebook's first administrator; returns an API token of theirs. */
  String firstAdministrator(String login, char[] passphrase);

  /**
   * Adds an account working for {@code organisation}, as the first administrator; returns an API
   * token of it.
   */
  String addAccount(String login, Role role, String organisation, char[] passphrase);

  @Override
  void close();
}
