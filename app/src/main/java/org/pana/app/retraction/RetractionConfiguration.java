package org.pana.app.retraction;

import org.pana.core.record.RecordStore;
import org.pana.core.retraction.Erasures;
import org.pana.core.retraction.Retractions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the core's retraction and erasure use cases. */
@Configuration(proxyBeanMethods = false)
public class RetractionConfiguration {

  @Bean
  Retractions retractions(RecordStore store) {
    return new Retractions(store);
  }

  @Bean
  Erasures erasures(RecordStore store) {
    return new Erasures(store);
  }
}
