package org.pana.app.bench;

import java.util.List;

/**
 * The people the benchmark acts as, all in one fictional organisation: a coordinator (who opens the
 * seeded cases) and the caseworkers who drive the load, one per client.
 *
 * @param coordinator opens cases while seeding
 * @param caseworkers one per client, each with an API token and a browser session of its own
 */
record Team(Volunteer coordinator, List<Volunteer> caseworkers) implements AutoCloseable {

  Team {
    caseworkers = List.copyOf(caseworkers);
  }

  @Override
  public void close() {
    coordinator.close();
    caseworkers.forEach(Volunteer::close);
  }
}
