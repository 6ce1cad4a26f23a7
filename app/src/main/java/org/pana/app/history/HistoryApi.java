package org.pana.app.history;

import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.core.history.RecordStore;
import org.pana.core.history.Revision;
import org.pana.core.problem.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A record's revision history in the JSON API: who changed what, when and why. */
@ApiController
public class HistoryApi {

  private final RecordStore store;

  public HistoryApi(RecordStore store) {
    this.store = store;
  }

  @GetMapping("/records/{id}/history")
  Items<Revision> history(@PathVariable String id) {
    var revisions = store.history(id);
    if (revisions.isEmpty()) {
      throw new NotFound("record", id);
    }
    return new Items<>(revisions);
  }
}
