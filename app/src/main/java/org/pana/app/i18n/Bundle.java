package org.pana.app.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A family of message bundles Pana ships: English, and one file per other language beside it, read
 * from the classpath (the jar), so that a translator needs neither the source nor a casebook.
 */
public enum Bundle {

  /** The pages' text: {@code messages.properties}, {@code messages_kk.properties}, … */
  UI("ui", "messages", "messages", "app/src/main/resources", "user interface", Set.of()),

  /**
   * The reports' narrative text. The report's code passes every message of its kind a few arguments
   * more, which a language may use where English needs none, or leave out where its grammar needs
   * none: the sex for agreement, and a date's month in the case the language puts it in ({@code
   * Wording}).
   */
  REPORT(
      "report",
      "org/pana/core/report/report",
      "report",
      "core/src/main/resources/org/pana/core/report",
      "report",
      Set.of(
          "sex", "month", "monthGenitive", "monthPrepositional", "monthNumber", "bare", "phrase"));

  private final String word;
  private final String resource;
  private final String baseName;
  private final String sourceFolder;
  private final String description;
  private final Set<String> optionalArguments;

  Bundle(
      String word,
      String resource,
      String baseName,
      String sourceFolder,
      String description,
      Set<String> optionalArguments) {
    this.word = word;
    this.resource = resource;
    this.baseName = baseName;
    this.sourceFolder = sourceFolder;
    this.description = description;
    this.optionalArguments = optionalArguments;
  }

  /** The bundle a command line's {@code --bundle} names ({@code ui} or {@code report}), if any. */
  public static Optional<Bundle> named(String word) {
    return Arrays.stream(values()).filter(bundle -> bundle.word.equals(word)).findFirst();
  }

  /** The word that names it on the command line. */
  public String word() {
    return word;
  }

  /**
   * Its name in {@code same-as-english.tsv} and in its file names: {@code messages}, {@code
   * report}.
   */
  public String baseName() {
    return baseName;
  }

  /** What it holds, in words: "user interface", "report". */
  public String description() {
    return description;
  }

  /** Arguments a translation may use, or leave out, beside the English message's own. */
  Set<String> optionalArguments() {
    return optionalArguments;
  }

  /** The file name of its bundle in {@code language}: {@code messages_kk.properties}. */
  public String fileName(String language) {
    return baseName + "_" + language + ".properties";
  }

  /** The default name of the sheet a translator edits: {@code messages-kk.csv}. */
  public String sheetName(String language) {
    return baseName + "-" + language + ".csv";
  }

  /**
   * Where a corrected bundle goes by default: the source folder when {@code workingDirectory} is
   * the repository's root (it holds the English file there), else {@code workingDirectory} itself.
   */
  public Path folderIn(Path workingDirectory) {
    Path source = workingDirectory.resolve(sourceFolder);
    return Files.isRegularFile(source.resolve(baseName + ".properties"))
        ? source
        : workingDirectory;
  }

  /** The English bundle, as the jar holds it. */
  public BundleFile english() {
    return read(resource + ".properties")
        .orElseThrow(
            () -> new IllegalStateException("no " + resource + ".properties on the classpath"));
  }

  /** The bundle in {@code language} as the jar holds it, if Pana has one. */
  public Optional<BundleFile> translation(String language) {
    return read(resource + "_" + language + ".properties");
  }

  private static Optional<BundleFile> read(String path) {
    try (InputStream in = Bundle.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(BundleFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
