package org.pana.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.pana.app.i18n.Bundle;
import org.pana.app.i18n.SheetImport;
import org.pana.app.i18n.SheetProblem;

/**
 * {@code messages import}: a translator's corrected sheet checked with the build's rules and
 * written into the bundle, or, on any problem, each problem printed and nothing written.
 *
 * @param clock gives the day the review state names
 */
record MessagesImportCommand(Clock clock) implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    Bundle bundle = invocation.bundle().orElse(Bundle.UI);
    String language = invocation.language().orElseThrow();
    Path sheet = invocation.file().orElseThrow();
    if (!Files.isRegularFile(sheet)) {
      terminal.err().println("pana: no sheet at " + sheet);
      return 1;
    }
    Path folder = invocation.into().orElseGet(() -> bundle.folderIn(Path.of("")));
    if (!Files.isDirectory(folder)) {
      terminal.err().println("pana: no folder " + folder + " to write into");
      return 1;
    }
    Path target = folder.resolve(bundle.fileName(language));
    String text;
    try {
      text = Files.readString(sheet, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      terminal
          .err()
          .println(
              "pana: "
                  + sheet
                  + " is not UTF-8 text; save it from the spreadsheet program as CSV in UTF-8");
      return 1;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sheet, e);
    }
    SheetImport.Outcome outcome =
        SheetImport.of(bundle, language, text, current(target), LocalDate.now(clock));
    for (SheetProblem warning : outcome.warnings()) {
      terminal.err().println("warning: " + warning.describe(sheet.toString()));
    }
    if (outcome.refused()) {
      for (SheetProblem problem : outcome.problems()) {
        terminal.err().println(problem.describe(sheet.toString()));
      }
      int count = outcome.problems().size();
      terminal
          .err()
          .println(
              "pana: "
                  + count
                  + (count == 1 ? " problem in " : " problems in ")
                  + sheet
                  + "; nothing written");
      return 1;
    }
    write(target, outcome.text());
    terminal
        .out()
        .println(
            outcome.changed() == 0
                ? "No key changed; wrote " + target + " as it was."
                : "Wrote "
                    + target
                    + ": "
                    + outcome.changed()
                    + (outcome.changed() == 1 ? " key" : " keys")
                    + " changed; its review state now says \""
                    + outcome.reviewState().orElseThrow()
                    + "\".");
    return 0;
  }

  private static Optional<String> current(Path target) {
    if (!Files.isRegularFile(target)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(target, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + target, e);
    }
  }

  /** Writes a whole new file, then puts it in place, so that no half-written bundle is left. */
  private static void write(Path target, String text) {
    // beside the target, so that the move is a rename, and made as any new file (not owner-only)
    Path draft = target.resolveSibling(target.getFileName() + ".new");
    try {
      try {
        Files.writeString(draft, text, StandardCharsets.UTF_8);
        Files.move(
            draft, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(draft);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }
}
