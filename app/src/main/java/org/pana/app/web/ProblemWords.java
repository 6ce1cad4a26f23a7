package org.pana.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pana.core.problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A field's error as a page shows it. In English, the rule's own words, which say most ("Keep this
 * under 200 characters."); in another language, what its code means there ({@code problem.<code>}
 * in the bundles: "Слишком длинно."), falling back to the English words for a code no bundle has
 * yet. Pages reach it as {@code @problemWords}.
 */
@Component("problemWords")
public class ProblemWords {

  private final MessageSource messages;

  public ProblemWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The error next to {@code field}, or null when it has none. */
  public String text(Form form, String field) {
    String english = form.getErrors().get(field);
    Locale locale = LocaleContextHolder.getLocale();
    if (english == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
      return english;
    }
    List<String> out = new ArrayList<>();
    for (FieldProblem problem : form.problems(field)) {
      String said =
          messages.getMessage("problem." + problem.code(), null, problem.message(), locale);
      if (!out.contains(said)) {
        out.add(said);
      }
    }
    return out.isEmpty() ? english : String.join(" ", out);
  }
}
