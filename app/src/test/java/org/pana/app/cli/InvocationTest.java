package org.pana.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.app.cli.Invocation.Command;
import org.pana.app.cli.Invocation.UsageError;
import org.pana.app.i18n.Bundle;
import org.pana.tools.load.Mix;

class InvocationTest {

  @Test
  void noArgumentsMeansServeWithDefaults() {
    Invocation invocation = Invocation.parse();

    assertThat(invocation.command()).isEqualTo(Command.SERVE);
    assertThat(invocation.dataDir()).isEmpty();
    assertThat(invocation.port()).isEmpty();
  }

  @Test
  void readsCommandAndOptionsInEitherSpelling() {
    Invocation invocation = Invocation.parse("demo", "--data-dir", "/tmp/pana", "--port=9090");

    assertThat(invocation.command()).isEqualTo(Command.DEMO);
    assertThat(invocation.dataDir()).contains(Path.of("/tmp/pana"));
    assertThat(invocation.port()).contains(9090);
  }

  @Test
  void readsAuditVerify() {
    assertThat(Invocation.parse("audit", "verify", "--data-dir", "/tmp/x").command())
        .isEqualTo(Command.AUDIT_VERIFY);
    Invocation checked = Invocation.parse("audit", "verify", "--user", "aru", "--head", "7:ab");
    assertThat(checked.name()).contains("aru");
    assertThat(checked.head()).contains("7:ab");
  }

  @Test
  void readsAuditHead() {
    assertThat(Invocation.parse("audit", "head").command()).isEqualTo(Command.AUDIT_HEAD);
    assertThatThrownBy(() -> Invocation.parse("audit", "head", "--head", "7:ab"))
        .hasMessage("--head does not apply to audit head (try: help)");
  }

  @Test
  void readsUserAddWithItsOptions() {
    Invocation invocation =
        Invocation.parse(
            "user",
            "add",
            "--name",
            "aru",
            "--role=viewer",
            "--org",
            "Ak Jol",
            "--org",
            "x",
            "--as",
            "boss");

    assertThat(invocation.command()).isEqualTo(Command.USER_ADD);
    assertThat(invocation.name()).contains("aru");
    assertThat(invocation.role()).contains("viewer");
    assertThat(invocation.organisations()).containsExactly("Ak Jol", "x");
    assertThat(invocation.actingAdmin()).contains("boss");
    assertThat(Invocation.parse("user", "add", "--name", "a", "--admin").role()).contains("admin");
    assertThat(Invocation.parse("token", "create", "--name", "a", "--label", "s").label())
        .contains("s");
    assertThat(Invocation.parse("demo", "--user", "a").name()).contains("a");
  }

  @Test
  void readsBenchApiWithItsOptionsBesideBenchSearch() {
    Invocation invocation =
        Invocation.parse(
            "bench", "api", "--clients", "8", "--seconds=20", "--records", "500", "--db", "pg");

    assertThat(invocation.command()).isEqualTo(Command.BENCH_API);
    assertThat(invocation.clients()).contains(8);
    assertThat(invocation.seconds()).contains(20);
    assertThat(invocation.records()).contains(500);
    assertThat(invocation.database()).contains("pg");
    assertThat(Invocation.parse("bench", "api").clients()).isEmpty();
    assertThat(Invocation.parse("bench", "api").mix()).isEmpty();
    assertThat(Invocation.parse("bench", "api", "--mix", "intake").mix()).contains(Mix.INTAKE);
    assertThat(Invocation.parse("bench", "api", "--mix=DAY").mix()).contains(Mix.DAY);
    assertThat(Invocation.parse("bench", "search").command()).isEqualTo(Command.BENCH_SEARCH);
  }

  @Test
  void readsSeedWithItsAdministratorCountAndSeed() {
    Invocation invocation =
        Invocation.parse("seed", "--user", "aru", "--records", "100_000", "--seed", "3");

    assertThat(invocation.command()).isEqualTo(Command.SEED);
    assertThat(invocation.name()).contains("aru");
    assertThat(invocation.records()).contains(100_000);
    assertThat(invocation.seed()).contains(3L);
    assertThatThrownBy(() -> Invocation.parse("seed", "--records", "10"))
        .isInstanceOf(Invocation.UsageError.class)
        .hasMessageStartingWith("seed needs --user NAME");
    assertThatThrownBy(() -> Invocation.parse("seed", "--user", "aru", "--clients", "2"))
        .isInstanceOf(Invocation.UsageError.class)
        .hasMessage("--clients does not apply to seed (try: help)");
  }

  @Test
  void readsMessagesExportAndImportWithTheirLanguageBundleAndFiles() {
    Invocation export =
        Invocation.parse("messages", "export", "--lang", "ru", "--bundle=report", "--out", "a.csv");
    Invocation imported =
        Invocation.parse("messages", "import", "--lang", "kk", "b.csv", "--into", "/tmp/x");

    assertThat(export.command()).isEqualTo(Command.MESSAGES_EXPORT);
    assertThat(export.language()).contains("ru");
    assertThat(export.bundle()).contains(Bundle.REPORT);
    assertThat(export.file()).contains(Path.of("a.csv"));
    assertThat(imported.command()).isEqualTo(Command.MESSAGES_IMPORT);
    assertThat(imported.language()).contains("kk");
    assertThat(imported.bundle()).isEmpty();
    assertThat(imported.file()).contains(Path.of("b.csv"));
    assertThat(imported.into()).contains(Path.of("/tmp/x"));
  }

  @Test
  void readsAPostgresqlUrl() {
    assertThat(Invocation.parse("serve", "--db", "postgresql://u:p@db:5432/pana").database())
        .contains("postgresql://u:p@db:5432/pana");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          launch               | unknown command launch (try: help)
          --verbose            | unknown option --verbose (try: help)
          --port,abc           | --port must be a number, got abc
          --port,70000         | --port must be between 1 and 65535, got 70000
          --data-dir           | --data-dir needs a value
          serve,demo           | one command at a time; got serve and demo
          audit                | audit needs a subcommand: audit verify or audit head
          audit,check          | audit needs a subcommand: audit verify or audit head
          user                 | user needs a subcommand: user add
          user,add             | user add needs --name NAME
          token,create         | token create needs --name NAME
          bench                | bench needs a subcommand: bench search or bench api
          bench,web            | bench needs a subcommand: bench search or bench api
          bench,api,--seconds,0 | --seconds must be from 1 to 3600
          bench,api,--clients,x | --clients must be a whole number, not x
          bench,api,--mix,night | --mix must be day or intake, not night
          bench,search,--mix,day | --mix does not apply to bench search (try: help)
          bench,api,--records,5 | --records must be from 10 to 100000 for bench api
          bench,api,--port,9000 | bench api runs its own server on a fresh temporary data directory and a free port; --data-dir and --port do not apply
          bench,search,--clients,2 | --clients does not apply to bench search (try: help)
          serve,--admin        | --admin does not apply to serve (try: help)
          demo,--label,x       | --label does not apply to demo (try: help)
          messages             | messages needs a subcommand: messages export or messages import
          messages,export      | messages export needs --lang LANG (kk, ru, ug, zh)
          messages,import,--lang,kk | messages import needs the FILE to read (a sheet from messages export)
          messages,export,--lang,kk,--bundle,pages | --bundle takes ui or report, not pages
          messages,export,--lang,en | English is the text the others are translated from; --lang takes kk, ru, ug, zh
          messages,export,--lang,KK | --lang takes a language's code (kk, ru, ug, zh), not KK
          messages,export,--lang,kk,--into,x | --into does not apply to messages export (try: help)
          messages,import,y.csv,--lang,kk,--out,x | --out does not apply to messages import (try: help)
          """)
  void nonsenseIsAOneLineUsageError(String args, String message) {
    assertThatThrownBy(() -> Invocation.parse(args.split(",")))
        .isInstanceOf(UsageError.class)
        .hasMessage(message);
  }
}
