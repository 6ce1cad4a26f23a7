package org.pana.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pana.tools.names.NameEvaluation;
import org.pana.tools.names.PairsFile;

/** {@code eval names}: the name comparator measured on a file of labelled pairs. */
final class EvalNamesCommand implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    Path file = invocation.file().orElseThrow();
    if (!Files.isRegularFile(file)) {
      terminal.err().println("pana: no pairs file at " + file);
      return 1;
    }
    PairsFile.Read read = PairsFile.read(file, invocation.schema().orElse(null));
    terminal.out().println(read.description());
    NameEvaluation.run(read.pairs(), invocation.count().orElse(20), terminal.out());
    return 0;
  }
}
