package org.pana.app;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists what under a folder is readable by anyone but its owner (POSIX file systems only). */
public final class OwnerOnly {

  private OwnerOnly() {}

  /** Skips the calling test where the file system has no POSIX permissions. */
  public static void assumePosix(Path path) {
    assumeThat(path.getFileSystem().supportedFileAttributeViews()).contains("posix");
  }

  /** Every file that is not {@code rw-------} and folder that is not {@code rwx------}. */
  public static List<String> exposed(Path root) {
    List<String> exposed = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        if (Files.isSymbolicLink(path) || !Files.exists(path)) {
          continue;
        }
        String wanted = Files.isDirectory(path) ? "rwx------" : "rw-------";
        String actual = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        if (!actual.equals(wanted)) {
          exposed.add(root.relativize(path) + " " + actual);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return exposed;
  }
}
