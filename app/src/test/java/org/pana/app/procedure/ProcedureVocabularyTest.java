package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pana.core.procedure.DeadlineStatus;
import org.pana.core.procedure.Procedure;
import org.pana.core.procedure.ProcedureRisk;
import org.pana.core.procedure.Procedures;
import org.pana.core.procedure.StepType;

/**
 * Every step, deadline kind, status, anomaly and risk of the shipped procedures has its words in
 * the message bundle, so that no page shows a code.
 */
class ProcedureVocabularyTest {

  @Test
  void everyCodeOfTheShippedProceduresHasWords() {
    Properties messages = messages();
    List<String> keys = new ArrayList<>();
    for (StepType type : StepType.values()) {
      keys.add("vocab.StepType." + type.name());
    }
    for (DeadlineStatus status : DeadlineStatus.values()) {
      keys.add("vocab.DeadlineStatus." + status.name());
    }
    for (ProcedureRisk risk : ProcedureRisk.values()) {
      keys.add("vocab.ProcedureRisk." + risk.name());
    }
    for (Procedure procedure : Procedures.shipped().all()) {
      // what a volunteer reads of the file: its title, who decides, and each rule
      keys.add("procedure.title." + procedure.id());
      procedure.authorities().forEach(a -> keys.add("authority." + a.rule().id()));
      procedure.limits().forEach(l -> keys.add("rule." + l.rule().id()));
      procedure
          .documents()
          .forEach(
              d -> {
                keys.add("rule." + d.rule().id());
                if (d.renewRule() != null) {
                  keys.add("rule." + d.renewRule().id());
                }
              });
      procedure.refusalGrounds().forEach(g -> keys.add("rule." + g.id()));
      procedure
          .limits()
          .forEach(
              l -> {
                keys.add("vocab.DeadlineKind." + l.kind());
                if (l.lateAnomaly() != null) {
                  keys.add("vocab.Anomaly." + l.lateAnomaly());
                }
              });
      procedure
          .documents()
          .forEach(
              d -> {
                keys.add("vocab.DeadlineKind." + d.kind());
                keys.add("vocab.Anomaly." + d.lapseAnomaly());
                if (d.renewBefore() != null) {
                  keys.add("vocab.DeadlineKind." + d.kind() + "-renewal");
                }
              });
    }
    assertThat(keys.stream().filter(k -> !messages.containsKey(k)).distinct()).isEmpty();
  }

  private static Properties messages() {
    Properties messages = new Properties();
    try (var in = ProcedureVocabularyTest.class.getResourceAsStream("/messages.properties")) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }
}
