package org.pana.tools.load;

/** One kind of request a simulated volunteer sends; a {@link Mix} says how often. */
enum Operation {
  READ_PERSON(Kind.READ, "GET /api/v1/persons/{id}"),
  READ_TIMELINE(Kind.READ, "GET /api/v1/persons/{id}/timeline"),
  LIST_PERSONS(Kind.READ, "GET /api/v1/persons?page=P&size=20"),
  SEARCH(Kind.SEARCH, "POST /api/v1/search/persons"),
  WRITE_PERSON(Kind.WRITE, "POST /api/v1/persons"),
  WRITE_EVENT(Kind.WRITE, "POST /api/v1/persons/{id}/events"),
  PAGE_PERSON(Kind.PAGE, "GET /people/{id}"),
  PAGE_DASHBOARD(Kind.PAGE, "GET /"),
  PAGE_CASES(Kind.PAGE, "GET /cases");

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

  private final Kind kind;
  private final String request;

  Operation(Kind kind, String request) {
    this.kind = kind;
    this.request = request;
  }

  Kind kind() {
    return kind;
  }

  /** The request, e.g. {@code GET /people/{id}}. */
  String request() {
    return request;
  }
}
