package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A photograph leaves a report as its pixels only: the camera's metadata stays behind. */
class CleanPhotosTest {

  private static final String SECRET = "GPS 43.2567N 76.9286E Canon 2019:01:20 SECRET-EXIF";

  @Test
  void exifIsNotCarriedOver() throws IOException {
    byte[] original = jpegWithExif(800, 600);
    assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(SECRET);

    byte[] clean = CleanPhotos.strip(original).orElseThrow();

    assertThat(new String(clean, StandardCharsets.ISO_8859_1))
        .doesNotContain("SECRET-EXIF")
        .doesNotContain("Exif");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(600);
  }

  @Test
  void largePhotosAreScaledDownAndNonImagesRefused() throws IOException {
    BufferedImage clean =
        ImageIO.read(
            new ByteArrayInputStream(CleanPhotos.strip(jpegWithExif(3000, 1500)).orElseThrow()));
    assertThat(clean.getWidth()).isEqualTo(CleanPhotos.MAX_SIDE);
    assertThat(clean.getHeight()).isEqualTo(CleanPhotos.MAX_SIDE / 2);
    assertThat(CleanPhotos.strip("not an image".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  /** A JPEG with an APP1 (EXIF) segment carrying a marker, right after the start of image. */
  private static byte[] jpegWithExif(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(width / 2, height / 2, 0x336699);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", plain);
    byte[] jpeg = plain.toByteArray();
    byte[] payload = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    int length = payload.length + 2;
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }
}
