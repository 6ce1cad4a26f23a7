package org.pana.tools.load;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.pana.core.account.Role;

/**
 * The people the benchmark acts as, all in one fictional organisation: a coordinator (who opens the
 * seeded cases) and the caseworkers who drive the load, one per client.
 *
 * @param coordinator opens cases while seeding
 * @param caseworkers one per client, each with an API token and a browser session of its own
 */
record Team(Volunteer coordinator, List<Volunteer> caseworkers) implements AutoCloseable {

  /** Caseworker accounts shared by the clients: a small team, as in a volunteer group. */
  private static final int ACCOUNTS = 4;

  Team {
    caseworkers = List.copyOf(caseworkers);
  }

  /**
   * Creates the first administrator, an organisation, a coordinator and a few caseworkers in it
   * with API tokens, and returns the team: the coordinator and {@code clients} simulated
   * caseworkers, each logged in through the login form with a browser session of its own.
   */
  static Team assemble(BenchTarget server, int clients) {
    byte[] secret = new byte[12];
    new SecureRandom().nextBytes(secret);
    String passphrase = "bench " + HexFormat.of().formatHex(secret);
    String organisation;
    try (Volunteer setup =
        new Volunteer(
            server.base(),
            server.firstAdministrator("bench-admin", passphrase.toCharArray()),
            null,
            0)) {
      var answer =
          setup.post(
              "/api/v1/organisations", Intake.organisation("Load benchmark group (fictional)"));
      organisation = Intake.id(answer.body());
      if (!answer.ok() || organisation == null) {
        throw new IllegalStateException(
            "could not create the organisation: " + Load.describe(answer));
      }
    }
    Volunteer coordinator =
        new Volunteer(
            server.base(),
            server.addAccount(
                "bench-coordinator", Role.COORDINATOR, organisation, passphrase.toCharArray()),
            organisation,
            99);
    List<String> tokens = new ArrayList<>();
    for (int i = 1; i <= Math.min(ACCOUNTS, clients); i++) {
      tokens.add(
          server.addAccount(
              "bench-caseworker-" + i, Role.CASEWORKER, organisation, passphrase.toCharArray()));
    }
    List<Volunteer> caseworkers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Volunteer caseworker =
          new Volunteer(server.base(), tokens.get(i % tokens.size()), organisation, 100 + i);
      caseworkers.add(caseworker);
      caseworker.logIn("bench-caseworker-" + (i % tokens.size() + 1), passphrase);
    }
    return new Team(coordinator, caseworkers);
  }

  @Override
  public void close() {
    coordinator.close();
    caseworkers.forEach(Volunteer::close);
  }
}
