package org.pana.app.security;

import java.util.function.Supplier;
import org.pana.core.report.Reports;
import org.springframework.stereotype.Component;

/**
 * Lets the report builder read every person, consent and number around a case whoever is logged in,
 * so that a third party the reader may not see is still kept out of the report. What it reads is
 * only ever removed from a report; the report's text comes from what the reader may see.
 */
@Component
public class RedactionAccess implements Reports.Unrestricted {

  @Override
  public <T> T read(Supplier<T> work) {
    return SystemAccess.everything(work);
  }
}
