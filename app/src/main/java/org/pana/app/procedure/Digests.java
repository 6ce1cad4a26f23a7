package org.pana.app.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.app.vault.VaultKeeper;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.pana.core.need.Needs;
import org.pana.core.need.TaskItem;
import org.pana.core.procedure.CaseProcedures;
import org.pana.core.procedure.DueItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The optional daily e-mail digest of what is due (set up under *My account*; sent when an SMTP
 * server is configured with {@code spring.mail.host} and the vault is open). E-mail passes through
 * other people's servers, so a digest carries no person's name and no case title: only what is due,
 * when, under which rule, and links to the cases.
 */
@Component
public class Digests {

  private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

  private final AccountStore accounts;
  private final DigestAddresses addresses;
  private final CaseProcedures procedures;
  private final Needs needs;
  private final VaultKeeper keeper;
  private final ObjectProvider<JavaMailSender> mail;
  private final String from;
  private final String baseUrl;
  private final ProcedureWords words;

  public Digests(
      AccountStore accounts,
      DigestAddresses addresses,
      CaseProcedures procedures,
      Needs needs,
      VaultKeeper keeper,
      ObjectProvider<JavaMailSender> mail,
      @Value("${pana.digest.from:pana@localhost}") String from,
      @Value("${pana.base-url:http://127.0.0.1:8080}") String baseUrl,
      ProcedureWords words) {
    this.words = words;
    this.accounts = accounts;
    this.addresses = addresses;
    this.procedures = procedures;
    this.needs = needs;
    this.keeper = keeper;
    this.mail = mail;
    this.from = from;
    this.baseUrl = baseUrl;
  }

  /** Every morning at 7 in Almaty (configurable with {@code pana.digest.cron}). */
  @Scheduled(cron = "${pana.digest.cron:0 0 7 * * *}", zone = "Asia/Almaty")
  public void daily() {
    int sent = sendAll();
    if (sent > 0) {
      LOG.info("Sent {} digest(s)", sent);
    }
  }

  /** Sends every digest that has something in it; returns how many were sent. */
  public int sendAll() {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || !keeper.isUnlocked()) {
      return 0; // no SMTP server configured, or nothing can be read while locked
    }
    int sent = 0;
    for (String accountId : addresses.accountsOn()) {
      Optional<SimpleMailMessage> message = asAccount(accountId);
      if (message.isPresent()) {
        try {
          sender.send(message.get());
          sent++;
        } catch (MailException e) {
          LOG.warn("Could not send a digest: {}", e.getMessage());
        }
      }
    }
    return sent;
  }

  /**
   * The digest of an active account, written as that account (it reads what the account may see);
   * empty when there is nothing in it.
   */
  private Optional<SimpleMailMessage> asAccount(String accountId) {
    return accounts
        .byId(accountId)
        .filter(Account::active)
        .map(PanaUser::of)
        .map(user -> Author.actingAs(user, () -> compose(user)));
  }

  /** The digest in the language the account reads Pana in (English until it chooses one). */
  private SimpleMailMessage compose(PanaUser user) {
    Locale before = LocaleContextHolder.getLocale();
    LocaleContextHolder.setLocale(
        accounts.language(user.accountId()).map(Locale::forLanguageTag).orElse(Locale.ENGLISH));
    try {
      return composeHere(user);
    } finally {
      LocaleContextHolder.setLocale(before);
    }
  }

  private SimpleMailMessage composeHere(PanaUser user) {
    String to = addresses.of(user).orElse(null);
    if (to == null) {
      return null;
    }
    LocalDate today = procedures.today();
    List<DueItem> due = procedures.due(today.plusDays(7));
    List<TaskItem> tasks = needs.tasksDue(today.plusDays(7), user.login());
    if (due.isEmpty() && tasks.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    text.append(words.message("digest.mail.intro", today)).append('\n');
    text.append(words.message("digest.mail.noNames")).append("\n\n");
    for (DueItem item : due) {
      var deadline = item.deadline();
      text.append(deadline.due())
          .append("  ")
          .append(words.kind(deadline.kind()))
          .append(" (")
          .append(words.status(deadline))
          .append(deadline.approximate() ? ", " + words.message("digest.mail.approximate") : "")
          .append(")\n    ")
          .append(words.basis(deadline))
          .append("\n    ")
          .append(words.message("digest.mail.rule", words.rule(deadline.rule())))
          .append(deadline.unverified() ? " (" + words.message("deadline.unverified") + ")" : "")
          .append("\n    ")
          .append(baseUrl)
          .append("/cases/")
          .append(item.caseFile().value().id())
          .append("\n");
    }
    for (TaskItem task : tasks) {
      String category =
          words.message("vocab.NeedCategory." + task.need().value().category().name());
      text.append(task.task().due())
          .append("  ")
          .append(words.message("digest.mail.task", category))
          .append("\n    ")
          .append(baseUrl)
          .append("/people/")
          .append(task.need().value().personIds().getFirst())
          .append("\n");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(words.message("digest.mail.subject", due.size() + tasks.size()));
    message.setText(text.toString());
    return message;
  }
}
