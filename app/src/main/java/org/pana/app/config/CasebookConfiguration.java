package org.pana.app.config;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.pana.core.casefile.Cases;
import org.pana.core.casefile.Placement;
import org.pana.core.casefile.Withdrawals;
import org.pana.core.consent.Consents;
import org.pana.core.document.Documents;
import org.pana.core.evidence.EvidenceRecords;
import org.pana.core.need.Needs;
import org.pana.core.organisation.Organisations;
import org.pana.core.person.People;
import org.pana.core.person.Relatives;
import org.pana.core.place.Gazetteer;
import org.pana.core.procedure.CaseProcedures;
import org.pana.core.procedure.Procedures;
import org.pana.core.record.RecordStore;
import org.pana.core.report.Disclosures;
import org.pana.core.report.ReportBuilder;
import org.pana.core.report.Reports;
import org.pana.core.source.Sources;
import org.pana.core.statistics.Statistics;
import org.pana.core.timeline.Timeline;
import org.pana.store.jdbc.Database;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Wires the database and the core use cases. The core itself knows nothing of Spring. The record
 * store, audit log and accounts come from {@code vault.VaultConfiguration}, because every value
 * they store passes through the vault.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
public class CasebookConfiguration {

  @Bean
  PanaSettings panaSettings(
      @Value("${pana.data-dir:}") String dataDir,
      @Value("${pana.db:}") String postgresUrl,
      @Value("${server.address:127.0.0.1}") String bindAddress,
      @Value("${pana.allowed-hosts:}") String allowedHosts) {
    Set<String> extra =
        Arrays.stream(allowedHosts.split(","))
            .filter(h -> !h.isBlank())
            .collect(Collectors.toSet());
    return PanaSettings.of(dataDir, postgresUrl, bindAddress, extra);
  }

  /**
   * The casebook's lock (one server per casebook), taken by the web server and by the commands that
   * load data or rebuild the index ({@code pana.exclusive}), before the database is opened.
   */
  @Bean(destroyMethod = "close")
  CasebookLock casebookLock(
      PanaSettings settings,
      ApplicationContext context,
      @Value("${pana.exclusive:false}") boolean exclusive) {
    DataDirectory.prepare(settings);
    return exclusive || context instanceof WebServerApplicationContext
        ? CasebookLock.acquire(settings)
        : CasebookLock.none();
  }

  @Bean(destroyMethod = "close")
  @DependsOn("casebookLock")
  Database database(PanaSettings settings) {
    return Database.open(settings.database());
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Sources sources(RecordStore store, Clock clock) {
    return new Sources(store, clock);
  }

  @Bean
  People people(RecordStore store, Sources sources, Clock clock) {
    return new People(store, sources, clock);
  }

  @Bean
  Timeline timeline(RecordStore store, People people, Sources sources, Clock clock) {
    return new Timeline(store, people, sources, clock);
  }

  @Bean
  Documents documents(RecordStore store, People people, Sources sources, Clock clock) {
    return new Documents(store, people, sources, clock);
  }

  @Bean
  EvidenceRecords evidenceRecords(RecordStore store, People people, Sources sources) {
    return new EvidenceRecords(store, people, sources);
  }

  @Bean
  Organisations organisations(RecordStore store) {
    return new Organisations(store);
  }

  @Bean
  Placement placement(RecordStore store) {
    return new Placement(store);
  }

  @Bean
  Cases cases(RecordStore store, Clock clock) {
    return new Cases(store, clock);
  }

  @Bean
  Consents consents(RecordStore store, People people, Clock clock) {
    return new Consents(store, people, clock);
  }

  @Bean
  Withdrawals withdrawals(RecordStore store, Consents consents, Cases cases, Clock clock) {
    return new Withdrawals(store, consents, cases, clock);
  }

  @Bean
  Needs needs(RecordStore store, People people) {
    return new Needs(store, people);
  }

  @Bean
  Relatives relatives(RecordStore store, People people) {
    return new Relatives(store, people);
  }

  @Bean
  Reports reports(
      RecordStore store,
      Cases cases,
      People people,
      Clock clock,
      Reports.Unrestricted unrestricted,
      Reports.PhotoSource photos) {
    return new Reports(
        store, cases, people, new ReportBuilder(Gazetteer.shipped()), clock, unrestricted, photos);
  }

  @Bean
  Statistics statistics(RecordStore store) {
    return new Statistics(store, Gazetteer.shipped());
  }

  @Bean
  Disclosures disclosures(RecordStore store, Reports reports, People people) {
    return new Disclosures(store, reports, people);
  }

  /**
   * The asylum procedure definitions shipped with Pana (read once; a broken one stops the start).
   */
  @Bean
  Procedures procedures() {
    return Procedures.shipped();
  }

  @Bean
  CaseProcedures caseProcedures(
      RecordStore store,
      Cases cases,
      Procedures procedures,
      Clock clock,
      org.pana.core.procedure.ProcedureWording wording) {
    return new CaseProcedures(store, cases, procedures, clock, wording);
  }
}
