package org.pana.app.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.pana.core.evidence.Evidence;
import org.pana.core.evidence.EvidenceRecords;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.Stored;
import org.pana.store.files.EncryptedFiles;
import org.springframework.stereotype.Component;

/**
 * Takes in an evidence file: checks its type from its bytes (not from its name or the browser's
 * claim), encrypts it while computing the SHA-256 of the original, and records it. The original
 * bytes are kept as they came; nothing rewrites them.
 */
@Component
public class EvidenceIntake {

  /** The largest file accepted (matches {@code spring.servlet.multipart.max-file-size}). */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** What a testimony's evidence is: scans, photos, recordings, and plain documents. */
  static final Set<String> ACCEPTED =
      Set.of(
          "image/jpeg",
          "image/png",
          "image/gif",
          "image/webp",
          "image/tiff",
          "image/heic",
          "application/pdf",
          "audio/mpeg",
          "audio/mp4",
          "audio/ogg",
          "audio/vnd.wave",
          "audio/x-wav",
          "video/mp4",
          "video/quicktime",
          "video/webm",
          "text/plain");

  /** Types a browser may claim for a detected type (the same thing under another name). */
  private static final Map<String, Set<String>> SYNONYMS =
      Map.of(
          "audio/vnd.wave", Set.of("audio/wav", "audio/x-wav", "audio/wave"),
          "audio/x-wav", Set.of("audio/wav", "audio/vnd.wave", "audio/wave"),
          "audio/mp4", Set.of("audio/x-m4a", "audio/m4a"),
          "image/jpeg", Set.of("image/jpg", "image/pjpeg"));

  private final Tika tika = new Tika();
  private final EncryptedFiles files;
  private final EvidenceRecords records;

  public EvidenceIntake(EncryptedFiles files, EvidenceRecords records) {
    this.files = files;
    this.records = records;
  }

  /**
   * Stores and records one file.
   *
   * @throws ValidationFailed naming {@code file} when it is empty, too large, of a type not
   *     accepted, or not what it claims to be
   */
  public Stored<Evidence> take(
      String personId,
      InputStream upload,
      String fileName,
      String claimedType,
      String description,
      String sourceId,
      Change change) {
    records.of(personId); // the person exists and is visible, before anything is written
    BufferedInputStream in = new BufferedInputStream(upload, 1 << 16);
    String detected;
    try {
      detected = tika.detect(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the upload", e);
    }
    if (!ACCEPTED.contains(detected)) {
      throw new ValidationFailed(
          "file",
          "type",
          "Files of this kind ("
              + detected
              + ") are not accepted; upload a scan, photo, PDF, recording or video.");
    }
    String claimed =
        claimedType == null ? "" : claimedType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!claimed.isEmpty()
        && !claimed.equals("application/octet-stream")
        && !claimed.equals(detected)
        && !SYNONYMS.getOrDefault(detected, Set.of()).contains(claimed)) {
      throw new ValidationFailed(
          "file",
          "type_mismatch",
          "The file says it is " + claimed + " but its content is " + detected + ".");
    }
    String id = EvidenceRecords.newId();
    try {
      EncryptedFiles.Written written = files.write(id, in, MAX_BYTES);
      if (written.size() == 0) {
        throw new ValidationFailed("file", "empty", "The file is empty.");
      }
      return records.record(
          id,
          personId,
          fileName,
          detected,
          written.size(),
          written.sha256(),
          description,
          sourceId,
          change);
    } catch (EncryptedFiles.TooLarge e) {
      files.delete(id);
      throw new ValidationFailed("file", "too_large", e.getMessage());
    } catch (RuntimeException e) {
      files.delete(id);
      throw e;
    }
  }

  /** Fails with NotFound unless the person exists and the caller may see them. */
  public void requirePerson(String personId) {
    records.of(personId);
  }

  /** The original bytes of a recorded (and visible) evidence file. */
  public InputStream content(String id) {
    records.get(id);
    return files.open(id);
  }
}
