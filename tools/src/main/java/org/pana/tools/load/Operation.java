package org.pana.tools.load;

import java.util.SplittableRandom;

/**
 * One kind of request a simulated volunteer sends, with its share of the mix (in percent): 45 %
 * token reads, 15 % searches, 25 % writes, 15 % page loads with a browser session.
 */
enum Operation {
  READ_PERSON(Kind.READ, 20, "GET /api/v1/persons/{id}"),
  READ_TIMELINE(Kind.READ, 15, "GET /api/v1/persons/{id}/timeline"),
  LIST_PERSONS(Kind.READ, 10, "GET /api/v1/persons?page=P&size=20"),
  SEARCH(Kind.SEARCH, 15, "POST /api/v1/search/persons"),
  WRITE_PERSON(Kind.WRITE, 10, "POST /api/v1/persons"),
  WRITE_EVENT(Kind.WRITE, 15, "POST /api/v1/persons/{id}/events"),
  PAGE_PERSON(Kind.PAGE, 7, "GET /people/{id}"),
  PAGE_DASHBOARD(Kind.PAGE, 4, "GET /"),
  PAGE_CASES(Kind.PAGE, 4, "GET /cases");

  /** What a request does, as the results group it. */
  enum Kind {
    READ("token reads"),
    SEARCH("searches"),
    WRITE("writes"),
    PAGE("pages");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  private static final Operation[] BY_PERCENT = new Operation[100];

  static {
    int at = 0;
    for (Operation operation : values()) {
      for (int i = 0; i < operation.percent; i++) {
        BY_PERCENT[at++] = operation;
      }
    }
    if (at != BY_PERCENT.length) {
      throw new IllegalStateException("the mix adds up to " + at + " %, not 100 %");
    }
  }

  private final Kind kind;
  private final int percent;
  private final String request;

  Operation(Kind kind, int percent, String request) {
    this.kind = kind;
    this.percent = percent;
    this.request = request;
  }

  Kind kind() {
    return kind;
  }

  int percent() {
    return percent;
  }

  /** The request, e.g. {@code GET /people/{id}}. */
  String request() {
    return request;
  }

  /** The next request of the mix. */
  static Operation draw(SplittableRandom random) {
    return BY_PERCENT[random.nextInt(BY_PERCENT.length)];
  }
}
