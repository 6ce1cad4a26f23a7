package org.pana.app.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a name matched, in the page's language. The names engine explains a match in fixed English
 * words ("нұрлан ~ nurlan: same 1.00; серікұлы ~ 赛力克: sound 0.91; unpaired: khan"); a page shows
 * each of those words through the bundles ({@code match.how.*}), and keeps the names and scores as
 * they are. The API keeps the engine's words, which scripts read. Pages reach this as
 * {@code @matchWords}.
 */
@Component("matchWords")
public class MatchWords {

  /** A pair's reason and score: ": same root 0.95". */
  private static final Pattern HOW = Pattern.compile(": ([a-z][a-z ,'’]*?) (\\d\\.\\d\\d)");

  private final MessageSource messages;

  public MatchWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The explanation with the engine's words in the page's language. */
  public String explain(String explanation) {
    if (explanation == null || explanation.isEmpty()) {
      return explanation;
    }
    Locale locale = LocaleContextHolder.getLocale();
    Matcher matcher = HOW.matcher(explanation);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String how =
          word(
              "match.how." + matcher.group(1).replaceAll("[^a-z]+", "-"), matcher.group(1), locale);
      matcher.appendReplacement(out, Matcher.quoteReplacement(": " + how + " " + matcher.group(2)));
    }
    matcher.appendTail(out);
    return out.toString()
        .replace("unpaired: ", word("match.unpaired", "unpaired", locale) + ": ")
        .replace(
            "same identity number", word("match.sameIdentifier", "same identity number", locale))
        .replace("; same id", "; " + word("match.sameId", "same id", locale));
  }

  private String word(String key, String english, Locale locale) {
    return messages.getMessage(key, null, english, locale);
  }
}
