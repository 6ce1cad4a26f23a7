package org.pana.app.history;

import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.core.record.Revision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A record's revision history in the JSON API: who changed what, when and why. */
@ApiController
public class HistoryApi {

  private final RecordKinds kinds;

  public HistoryApi(RecordKinds kinds) {
    this.kinds = kinds;
  }

  @GetMapping("/records/{id}/history")
  Items<Revision> history(@PathVariable String id) {
    return new Items<>(kinds.historyOf(id));
  }
}
