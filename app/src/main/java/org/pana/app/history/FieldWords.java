package org.pana.app.history;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a revision changed, in the reader's language: each field a record's body names ({@code
 * birthDate}) as {@code history.field.<name>} ("туған күні"), a field no bundle knows (a record
 * written by an older Pana) as its name, joined as the language lists things. Pages reach it as
 * {@code @fieldWords}.
 */
@Component("fieldWords")
public class FieldWords {

  private final MessageSource messages;

  public FieldWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The fields in words, as one list. */
  public String text(List<String> fields) {
    Locale locale = LocaleContextHolder.getLocale();
    return ListFormatter.getInstance(ULocale.forLocale(locale))
        .format(
            fields.stream()
                .map(field -> messages.getMessage("history.field." + field, null, field, locale))
                .toList());
  }
}
