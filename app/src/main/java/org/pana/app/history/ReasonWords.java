package org.pana.app.history;

import org.pana.app.acting.ChangeReason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a revision was made, as a page shows it: a reason Pana gave ({@link ChangeReason}) in the
 * reader's language, any other as it was typed. Pages reach it as {@code @reasonWords}.
 */
@Component("reasonWords")
public class ReasonWords {

  private final MessageSource messages;

  public ReasonWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The reason in words, or null when there is none. */
  public String text(String reason) {
    return ChangeReason.of(reason)
        .map(
            own ->
                messages.getMessage(
                    "history.reason." + own.name(), null, reason, LocaleContextHolder.getLocale()))
        .orElse(reason);
  }
}
