package org.pana.app.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows a call that {@code config/forbidden-apis/pana.txt} bans, where it is right after all; the
 * reason says why. The build's forbiddenapis check reads it from the class files.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.TYPE, ElementType.FIELD})
public @interface SuppressForbidden {

  /** Why the banned call is right here. */
  String reason();
}
