package org.pana.app.acting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reasons Pana itself gives a change it makes for a volunteer ("report approved"). They are
 * stored in English, as a record's history keeps every reason, and the API shows them so; a page
 * shows them in its reader's language ({@code history.reason.<NAME>} in the bundles), as it shows a
 * reason a volunteer typed as typed.
 */
public enum ChangeReason {
  REPORT_DRAFTED("report drafted"),
  REPORT_CLAIMS_CHOSEN("report claims chosen"),
  REPORT_APPROVED("report approved"),
  REPORT_RELEASED("report released"),
  PLACED_IN_ORGANISATION("placed in an organisation"),
  CONSENT_WITHDRAWN("consent withdrawn"),
  RISK_FLAG("risk flag"),
  DEMO_DATA("demo data"),
  SEED("generated fictional people (pana seed)");

  private final String stored;

  ChangeReason(String stored) {
    this.stored = stored;
  }

  /** The reason as the history stores it. */
  public String stored() {
    return stored;
  }

  /** The reason Pana gave, when a stored reason is one of its own. */
  public static Optional<ChangeReason> of(String stored) {
    return Arrays.stream(values()).filter(reason -> reason.stored.equals(stored)).findFirst();
  }
}
