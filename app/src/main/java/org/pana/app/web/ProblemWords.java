package org.pana.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A problem as a page shows it, next to its field or at the top of the page. In English, the rule's
 * own words, which say most ("Keep this under 200 characters."); in another language, what its code
 * means there ({@code problem.<code>} for a field, {@code conflict.<code>} for a write the records'
 * state refuses: "Слишком длинно."), falling back to the English words of a field's problem, or to
 * the general conflict, for a code no bundle has yet. Pages reach it as {@code @problemWords}; page
 * controllers use it for what they show at the top of a page, never the exception's message.
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
    if (english == null || english()) {
      return english;
    }
    List<String> out = new ArrayList<>();
    for (FieldProblem problem : form.problems(field)) {
      String said = text(problem);
      if (!out.contains(said)) {
        out.add(said);
      }
    }
    return out.isEmpty() ? english : String.join(" ", out);
  }

  /** One problem of a field, in the page's language. */
  public String text(FieldProblem problem) {
    return english()
        ? problem.message()
        : messages.getMessage("problem." + problem.code(), null, problem.message(), locale());
  }

  /**
   * Why a write was refused (it is approved already, it is not retracted), in the page's language.
   */
  public String text(Conflict conflict) {
    return english()
        ? conflict.getMessage()
        : messages.getMessage(
            "conflict." + conflict.code(),
            null,
            messages.getMessage("error.conflict", null, locale()),
            locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static boolean english() {
    return locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
  }
}
