package org.pana.app.acting;

import java.util.Set;
import java.util.function.Supplier;
import org.pana.core.access.Audience;
import org.pana.core.access.Scope;
import org.pana.core.report.Reports;
import org.springframework.stereotype.Component;

/**
 * The views a report is written with, whoever is logged in: what the members of the case's owning
 * organisation may see (the report's text, the same for every reader), and every person, consent
 * and number around a case (only to keep third parties the reader may not see out of the report).
 */
@Component
public class RedactionAccess implements Reports.Unrestricted {

  @Override
  public <T> T read(Supplier<T> work) {
    return SystemAccess.everything(work);
  }

  @Override
  public <T> T asOrganisation(String organisationId, Supplier<T> work) {
    return SystemAccess.as(
        Scope.of(organisationId == null ? Set.of() : Set.of(organisationId)), work);
  }

  @Override
  public boolean belongsTo(String organisationId) {
    return ReaderScope.current().audienceFor(organisationId) != Audience.PARTNER;
  }
}
