package org.pana.core.timeline;

import java.util.List;

/** An event as typed or sent: raw text, validated by {@link Timeline}. */
public record EventDraft(
    String type,
    String date,
    String place,
    String narrative,
    List<String> otherPersonIds,
    String sourceId,
    String visibility) {

  public EventDraft {
    otherPersonIds = otherPersonIds == null ? List.of() : otherPersonIds;
  }
}
