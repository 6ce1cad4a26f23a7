package org.pana.store.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner may read: what Pana writes holds ciphertext, but even that
 * ties a laptop to a group and should not be readable by other accounts on the machine. Java has no
 * umask, so every place that creates a file or folder asks for owner-only permissions here; on file
 * systems without POSIX permissions this does nothing.
 */
public final class PrivateFiles {

  /** {@code rw-------} */
  public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  /** {@code rwx------} */
  public static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private PrivateFiles() {}

  /** Opens {@code file}, creating it readable by its owner only when it does not exist. */
  public static FileChannel open(Path file, OpenOption... options) throws IOException {
    return FileChannel.open(file, Set.of(options), attributes(file, FILE));
  }

  /** Creates {@code folder} and any missing parents, each readable by its owner only. */
  public static Path createFolders(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return folder;
    }
    return Files.createDirectories(absolute, attributes(absolute, FOLDER));
  }

  /** Makes an existing file or folder owner-only (folders {@code rwx------}, files {@code rw-}). */
  public static void restrict(Path path) {
    if (!posix(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      if (Files.isSymbolicLink(path)) {
        return;
      }
      Set<PosixFilePermission> wanted = Files.isDirectory(path) ? FOLDER : FILE;
      if (!Files.getPosixFilePermissions(path).equals(wanted)) {
        Files.setPosixFilePermissions(path, wanted);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make " + path + " private to its owner", e);
    }
  }

  /**
   * Makes {@code root} and everything under it owner-only: data directories written by earlier
   * versions of Pana, and files that other programs (SQLite) created.
   */
  public static void restrictAll(Path root) {
    if (!posix(root) || !Files.isDirectory(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              restrict(dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile()) {
                restrict(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // A file that vanished while walking (a temporary file moved into place).
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make " + root + " private to its owner", e);
    }
  }

  private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> permissions) {
    return posix(path)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
        : new FileAttribute<?>[0];
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
