package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The byte-level UTF-8 check of JSON bodies: the boundaries of Unicode Table 3-7, then a replay.
 */
class Utf8CheckTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ASCII, 4e75726c616e",
    "U+0080 the first two-byte, c280",
    "U+07FF the last two-byte, dfbf",
    "U+0800 the first three-byte, e0a080",
    "U+D7FF just below the surrogates, ed9fbf",
    "U+E000 just above the surrogates, ee8080",
    "U+FFFF, efbfbf",
    "U+10000 the first four-byte, f0908080",
    "U+10FFFF the last code point, f48fbfbf",
    "Kazakh and Hanzi, d2b0d2b1e58aaa"
  })
  void wellFormedBytesPassUnchanged(String why, String hex) throws IOException {
    byte[] bytes = HexFormat.of().parseHex(hex);

    assertThat(readAll(new Utf8Check(new ByteArrayInputStream(bytes)))).as(why).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a stray continuation byte, 80",
    "C0 is always overlong, c0af",
    "C1 is always overlong, c181",
    "an overlong three-byte, e09f bf",
    "an overlong four-byte, f08fbfbf",
    "a high surrogate, eda080",
    "a low surrogate, edbfbf",
    "above U+10FFFF, f4908080",
    "F5 starts nothing, f5808080",
    "FF starts nothing, ff",
    "a two-byte cut short, c2",
    "a four-byte cut short, f09080",
    "a lead byte where a continuation belongs, e2 e282ac",
    "NUL, 00"
  })
  void malformedBytesAreRefused(String why, String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));

    assertThatThrownBy(() -> readAll(new Utf8Check(new ByteArrayInputStream(bytes))))
        .as(why)
        .isInstanceOf(Utf8Check.Malformed.class);
  }

  /** Agrees with the JDK's strict decoder on random bytes (NUL aside); the seed replays. */
  @Test
  void agreesWithTheJdkDecoder() {
    long seed = 0x0DD_BEEFL;
    Random random = new Random(seed);
    for (int i = 0; i < 50_000; i++) {
      byte[] bytes = new byte[random.nextInt(8)];
      for (int j = 0; j < bytes.length; j++) {
        // mostly high bytes, where the edge cases are
        bytes[j] =
            (byte)
                (random.nextInt(4) == 0 ? 1 + random.nextInt(0x7F) : 0x80 + random.nextInt(0x80));
      }
      boolean jdk = decodes(bytes);
      boolean ours;
      try {
        readAll(new Utf8Check(new ByteArrayInputStream(bytes)));
        ours = true;
      } catch (IOException e) {
        ours = false;
      }
      assertThat(ours)
          .as("seed %d, input #%d %s", seed, i, HexFormat.of().formatHex(bytes))
          .isEqualTo(jdk);
    }
  }

  private static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Reads in small chunks and single bytes, as parsers do. */
  private static byte[] readAll(InputStream in) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[3];
    boolean single = false;
    while (true) {
      if (single) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        out.write(b);
      } else {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
          break;
        }
        out.write(buffer, 0, n);
      }
      single = !single;
    }
    return out.toByteArray();
  }
}
