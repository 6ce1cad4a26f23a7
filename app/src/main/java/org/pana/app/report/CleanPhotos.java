package org.pana.app.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.pana.app.evidence.EvidenceIntake;
import org.pana.core.evidence.Evidence;
import org.pana.core.evidence.EvidenceRecords;
import org.pana.core.report.ReportText;
import org.pana.core.report.Reports;
import org.springframework.stereotype.Component;

/**
 * Photos as they may leave in a report: decoded and drawn afresh into a new image, so that nothing
 * of the original file but its pixels survives (no EXIF with the camera, the time or the place, no
 * XMP, no comments), scaled to at most {@value #MAX_SIDE} pixels on the longer side, and written as
 * JPEG.
 */
@Component
public class CleanPhotos implements Reports.PhotoSource {

  static final int MAX_SIDE = 1200;
  private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");

  private final EvidenceRecords records;
  private final EvidenceIntake intake;

  public CleanPhotos(EvidenceRecords records, EvidenceIntake intake) {
    this.records = records;
    this.intake = intake;
  }

  @Override
  public boolean isPhoto(Evidence evidence) {
    return IMAGES.contains(evidence.mediaType());
  }

  @Override
  public Optional<ReportText.Photo> cleaned(String evidenceId, String caption) {
    Evidence evidence = records.get(evidenceId).value();
    if (!isPhoto(evidence)) {
      return Optional.empty();
    }
    try (InputStream in = intake.content(evidenceId)) {
      return strip(in.readAllBytes()).map(bytes -> photo(bytes, caption));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pixels of an image, redrawn and written as a new JPEG; empty when it is not an image. */
  static Optional<byte[]> strip(byte[] original) throws IOException {
    BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(original));
    if (image == null) {
      return Optional.empty();
    }
    double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage clean = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = clean.createGraphics();
    try {
      graphics.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setColor(java.awt.Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      graphics.drawImage(image, 0, 0, width, height, null);
    } finally {
      graphics.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(clean, "jpeg", out)) {
      throw new IllegalStateException("This Java runtime cannot write JPEG");
    }
    return Optional.of(out.toByteArray());
  }

  private static ReportText.Photo photo(byte[] bytes, String caption) {
    try {
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return new ReportText.Photo(
          caption, "image/jpeg", Base64.getEncoder().encodeToString(bytes), digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
