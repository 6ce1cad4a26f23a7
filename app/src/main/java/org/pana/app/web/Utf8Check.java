package org.pana.app.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a request body through unchanged while checking that it is well-formed UTF-8 (Unicode
 * Table 3-7): no overlong forms, no encoded surrogates, nothing above U+10FFFF, no cut-off
 * sequence. JSON parsers are lenient here (an overlong letter decodes to the letter), so a check
 * done on the decoded text would come too late. A NUL byte is refused too: it has no place in JSON
 * text, and it is how UTF-16 and UTF-32 give themselves away.
 */
final class Utf8Check extends FilterInputStream {

  /** The body is not UTF-8; {@link #offset()} is where it stops being so. */
  static final class Malformed extends IOException {

    private final long offset;

    Malformed(long offset) {
      super("The request body is not valid UTF-8 (from byte " + offset + ").");
      this.offset = offset;
    }

    long offset() {
      return offset;
    }
  }

  private long position;
  private int pending; // continuation bytes still expected
  private int low = 0x80; // the range the next continuation byte must lie in
  private int high = 0xBF;

  Utf8Check(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      end();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = in.read(buffer, offset, length);
    if (read < 0) {
      end();
    }
    for (int i = 0; i < read; i++) {
      check(buffer[offset + i] & 0xFF);
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check(int b) throws Malformed {
    if (pending > 0) {
      if (b < low || b > high) {
        throw new Malformed(position);
      }
      pending--;
      low = 0x80;
      high = 0xBF;
    } else if (b == 0x00) {
      throw new Malformed(position);
    } else if (b >= 0x80) {
      lead(b);
    }
    position++;
  }

  /** The first byte of a sequence: how many follow, and the range of the next one. */
  private void lead(int b) throws Malformed {
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      low = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
      high = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      low = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      high = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would lie above U+10FFFF
    } else {
      throw new Malformed(position); // C0, C1, F5..FF, or a stray continuation byte
    }
  }

  private void end() throws Malformed {
    if (pending > 0) {
      throw new Malformed(position);
    }
  }
}
