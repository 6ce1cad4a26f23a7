package org.pana.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.pana.app.i18n.Bundle;
import org.pana.app.i18n.SheetExport;

/**
 * {@code messages export}: a language's bundle as a sheet a translator corrects in a spreadsheet
 * program, read from the jar (no casebook, no server).
 */
final class MessagesExportCommand implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    Bundle bundle = invocation.bundle().orElse(Bundle.UI);
    String language = invocation.language().orElseThrow();
    Path target = invocation.file().orElseGet(() -> Path.of(bundle.sheetName(language)));
    SheetExport.Sheet sheet = SheetExport.of(bundle, language);
    try {
      Files.writeString(
          target, sheet.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      terminal
          .err()
          .println(
              "pana: "
                  + target
                  + " exists already (a sheet being corrected?); give another --out FILE, or move"
                  + " it away first");
      return 1;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
    terminal
        .out()
        .println(
            "Wrote "
                + target
                + ": "
                + sheet.keys()
                + " keys of the "
                + sheet.language()
                + " "
                + bundle.description()
                + ", "
                + (sheet.needWork() == 0
                    ? "none needs work."
                    : sheet.needWork() + " need work (TO DO in the note column)."));
    return 0;
  }
}
