package org.pana.core.audit;

import java.util.Optional;

/**
 * Where the signed {@link AuditHead} is kept, out of the database's reach: a file beside the vault.
 */
public interface HeadCopy {

  /**
   * The head as kept, empty when there is none; one that cannot be read is returned as {@link
   * AuditHead#unreadable()}, so that it fails like a forged one.
   */
  Optional<AuditHead> read();

  /**
   * Keeps {@code head} unless the kept one is newer (heads only move forward), or in any case when
   * {@code fresh} (a new vault or a restored backup starts a new trail of heads).
   */
  void write(AuditHead head, boolean fresh);

  /** Whether a head is kept at all; without one, the trail's end is not checked. */
  boolean kept();

  /** Where, for people reading a verdict: e.g. {@code audit-head.json}. */
  String where();

  /** No head is kept (tests of the bare log). */
  static HeadCopy none() {
    return new HeadCopy() {
      @Override
      public Optional<AuditHead> read() {
        return Optional.empty();
      }

      @Override
      public void write(AuditHead head, boolean fresh) {}

      @Override
      public boolean kept() {
        return false;
      }

      @Override
      public String where() {
        return "nowhere";
      }
    };
  }
}
