package org.pana.app.acting;

import java.util.List;
import org.pana.core.report.Disclosures;
import org.springframework.stereotype.Component;

/**
 * Lists the reports on the public portal whoever (or nobody) is logged in. It reads only approved
 * reports released to the portal under consent that still holds; their text is frozen and already
 * redacted, made for the public.
 */
@Component
public class PortalAccess {

  private final Disclosures disclosures;

  public PortalAccess(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  public List<Disclosures.Published> published() {
    return SystemAccess.everything(disclosures::published);
  }
}
