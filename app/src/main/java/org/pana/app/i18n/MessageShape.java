package org.pana.app.i18n;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a translation must keep of an ICU message pattern: its arguments and, for each plural, the
 * categories it names; or why the text does not parse.
 *
 * @param arguments the names and numbers of its arguments ({@code 0}, {@code who})
 * @param plurals each plural argument with its keyword selectors (explicit values like {@code =0}
 *     left out)
 * @param error why it is not a valid pattern, or null
 */
record MessageShape(Set<String> arguments, List<Plural> plurals, String error) {

  /** A plural argument and the categories it gives a form for. */
  record Plural(String argument, Set<String> categories) {}

  static MessageShape of(String text) {
    MessagePattern pattern = new MessagePattern();
    try {
      pattern.parse(text);
    } catch (IllegalArgumentException e) {
      return new MessageShape(Set.of(), List.of(), e.getMessage());
    }
    Set<String> arguments = new TreeSet<>();
    List<Plural> plurals = new ArrayList<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      switch (part.getType()) {
        case ARG_NAME, ARG_NUMBER -> arguments.add(pattern.getSubstring(part));
        case ARG_START -> {
          if (part.getArgType() == MessagePattern.ArgType.PLURAL) {
            plurals.add(
                new Plural(pattern.getSubstring(pattern.getPart(i + 1)), selectors(pattern, i)));
          }
        }
        default -> {
          // text, selectors and the like say nothing of arguments
        }
      }
    }
    return new MessageShape(arguments, plurals, null);
  }

  /** How an argument is written in a message: {@code {0}}, {@code {who}}. */
  static String braced(String argument) {
    return "{" + argument + "}";
  }

  /** The keyword selectors of the plural argument that starts at part {@code start}. */
  private static Set<String> selectors(MessagePattern pattern, int start) {
    Set<String> out = new TreeSet<>();
    int limit = pattern.getLimitPartIndex(start);
    for (int i = start + 1; i < limit; i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.MSG_START) {
        i = pattern.getLimitPartIndex(i); // skip the sub-message, with any plural inside
      } else if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
        String selector = pattern.getSubstring(part);
        if (!selector.startsWith("=")) {
          out.add(selector);
        }
      }
    }
    return out;
  }
}
