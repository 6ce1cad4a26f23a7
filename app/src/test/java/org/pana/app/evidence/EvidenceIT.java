package org.pana.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;

/** Evidence files: checked against their bytes, stored encrypted, returned unchanged. */
class EvidenceIT extends RunningPana {

  /** A 1×1 PNG with a marker in a text chunk, so the plain bytes are recognisable on disk. */
  private static final byte[] PNG = png("EVIDENCE-MARKER-Жасұлан-迪娜拉");

  @Test
  void anUploadIsStoredEncryptedWithItsSha256AndComesBackUnchanged() throws Exception {
    String person = person();

    HttpResponse<String> uploaded = upload(person, "passport-scan.png", "image/png", PNG);

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    var json = json(uploaded);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
    assertThat(json.get("sha256").asString()).isEqualTo(sha256);
    assertThat(json.get("mediaType").asString()).isEqualTo("image/png");
    assertThat(json.get("size").asLong()).isEqualTo(PNG.length);
    String id = json.get("id").asString();
    HttpResponse<byte[]> content =
        send(
            http,
            HttpRequest.newBuilder(uri("/api/v1/evidence/" + id + "/content")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(content.body()).isEqualTo(PNG);
    assertThat(content.headers().firstValue("X-Evidence-SHA256")).contains(sha256);
    assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    Path stored = dataDir().resolve("evidence").resolve(id + ".pana");
    String onDisk = new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1);
    assertThat(onDisk).doesNotContain("EVIDENCE-MARKER").doesNotContain("IHDR");
    assertThat(get("/people/" + person).body()).contains(sha256);
  }

  @Test
  void aFileThatIsNotWhatItClaimsOrNotEvidenceIsRefused() {
    String person = person();

    HttpResponse<String> disguised =
        upload(person, "photo.png", "image/png", "just some text".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> program = upload(person, "tool.png", "application/octet-stream", elf());
    HttpResponse<String> empty = upload(person, "empty.png", "image/png", new byte[0]);

    assertThat(disguised.statusCode()).isEqualTo(422);
    assertThat(disguised.body())
        .contains("\"field\":\"file\"")
        .contains("its content is text/plain");
    assertThat(program.statusCode()).isEqualTo(422);
    assertThat(program.body()).contains("not accepted");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(json(get("/api/v1/persons/" + person + "/evidence")).get("items")).isEmpty();
  }

  private String person() {
    return person("Evidence Holder");
  }

  private static byte[] elf() {
    byte[] bytes = new byte[256];
    bytes[0] = 0x7f;
    bytes[1] = 'E';
    bytes[2] = 'L';
    bytes[3] = 'F';
    bytes[4] = 2;
    bytes[5] = 1;
    bytes[6] = 1;
    return bytes;
  }
}
