package org.pana.app.web;

import org.pana.core.history.Change;
import org.springframework.stereotype.Component;

/**
 * Who is making a change. Until accounts exist (the vault issue) every change is made by the single
 * local user of this installation.
 */
@Component
public class Author {

  static final String LOCAL = "local";

  public Change change(String reason) {
    return new Change(LOCAL, reason);
  }
}
