package org.pana.app.account;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.app.login.ApiTokens;
import org.pana.app.login.TwoStepLogin;
import org.pana.app.procedure.CalendarKeys;
import org.pana.app.procedure.DigestAddresses;
import org.pana.app.vault.VaultErasure;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.core.account.Role;
import org.pana.core.organisation.Organisations;
import org.pana.core.problem.ValidationFailed;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A user's own account page (passphrase, API tokens) and the administrators' account list, where
 * accounts are added, their roles and organisations changed, and accounts disabled.
 */
@PageController
public class AccountPages {

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final TwoStepLogin twoStep;
  private final CalendarKeys calendars;
  private final DigestAddresses digests;
  private final VaultErasure erasure;
  private final Organisations organisations;
  private final Author author;

  public AccountPages(
      Accounts accounts,
      ApiTokens tokens,
      TwoStepLogin twoStep,
      CalendarKeys calendars,
      DigestAddresses digests,
      VaultErasure erasure,
      Organisations organisations,
      Author author) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.twoStep = twoStep;
    this.calendars = calendars;
    this.digests = digests;
    this.erasure = erasure;
    this.organisations = organisations;
    this.author = author;
  }

  @GetMapping("/account")
  String own(Model model) {
    return ownPage(new Form(), null, model);
  }

  @PostMapping("/account/tokens")
  String createToken(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      String token = tokens.create(author.current(), form.get("label"));
      return ownPage(new Form(), token, model);
    } catch (ValidationFailed e) {
      return ownPage(form.rejected(e, null), null, model);
    }
  }

  /** Creates or replaces the personal calendar feed; its URL is shown once. */
  @PostMapping("/account/calendar")
  String createCalendar(
      @RequestParam MultiValueMap<String, String> submitted,
      Model model,
      jakarta.servlet.http.HttpServletRequest request) {
    Form form = new Form(submitted);
    String token = calendars.create(author.current(), "on".equals(form.get("withNames")));
    String base =
        org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
            .build()
            .toUriString();
    model.addAttribute("newCalendarUrl", base + "/calendar/" + token + ".ics");
    return ownPage(new Form(), null, model);
  }

  /** Sets the daily digest's address and turns it on or off; errors show next to the field. */
  @PostMapping("/account/digest")
  String setDigest(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      digests.set(author.current(), form.get("email"), "on".equals(form.get("digestOn")));
      return "redirect:/account";
    } catch (ValidationFailed e) {
      return ownPage(form.rejected(e, null), null, model);
    }
  }

  @PostMapping("/account/calendar/remove")
  String removeCalendar() {
    calendars.remove(author.current());
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revokeToken(@PathVariable String id) {
    tokens.revoke(author.current(), id);
    return "redirect:/account";
  }

  @PostMapping("/account/totp/start")
  String startTotp(Model model) {
    model.addAttribute("totpSetup", twoStep.start(author.current()));
    return ownPage(new Form(), null, model);
  }

  @PostMapping("/account/totp/confirm")
  String confirmTotp(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      twoStep.turnOn(author.current(), form.get("secret"), form.get("code"));
      return "redirect:/account";
    } catch (ValidationFailed e) {
      model.addAttribute(
          "totpSetup", new TwoStepLogin.TotpSetup(form.get("secret"), form.get("address")));
      return ownPage(form.set("code", null).rejected(e, null), null, model);
    }
  }

  @PostMapping("/account/totp/disable")
  String disableTotp(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      twoStep.turnOff(author.current(), form.get("code"));
      return "redirect:/account";
    } catch (ValidationFailed e) {
      return ownPage(form.set("code", null).rejected(e, null), null, model);
    }
  }

  @PostMapping("/account/passphrase")
  String changePassphrase(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    char[] current = chars(form.get("current"));
    char[] next = chars(form.get("next"));
    char[] repeated = chars(form.get("repeat"));
    form.set("current", null).set("next", null).set("repeat", null);
    try {
      if (!Arrays.equals(next, repeated)) {
        throw new ValidationFailed("repeat", "mismatch", "The two new passphrases differ.");
      }
      accounts.changePassphrase(author.current(), current, next);
      model.addAttribute("passphraseChanged", true);
      return ownPage(new Form(), null, model);
    } catch (ValidationFailed e) {
      return ownPage(form.rejected(e, null), null, model);
    } finally {
      Arrays.fill(current, '\0');
      Arrays.fill(next, '\0');
      Arrays.fill(repeated, '\0');
    }
  }

  @GetMapping("/admin/accounts")
  String list(Model model) {
    return adminPage(new Form(), model);
  }

  @PostMapping("/admin/accounts")
  String add(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    char[] passphrase = chars(form.get("passphrase"));
    form.set("passphrase", null);
    try {
      accounts.add(
          author.current(),
          form.get("login"),
          role(form.get("role")),
          new LinkedHashSet<>(form.all("organisations")),
          passphrase);
      return "redirect:/admin/accounts";
    } catch (ValidationFailed e) {
      return adminPage(form.rejected(e, null), model);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  @PostMapping("/admin/accounts/{id}")
  String change(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      accounts.change(
          author.current(),
          id,
          role(form.get("role")),
          new LinkedHashSet<>(form.all("organisations")),
          !"false".equals(form.get("active")));
      return "redirect:/admin/accounts";
    } catch (ValidationFailed e) {
      return adminPage(form.rejected(e, null), model);
    }
  }

  /**
   * The panic button: destroys every key copy at once, after the administrator typed "erase". The
   * session ends and the browser is told to forget everything.
   */
  @PostMapping("/admin/panic")
  String panic(
      @RequestParam MultiValueMap<String, String> submitted,
      Model model,
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    Form form = new Form(submitted);
    if (!"erase".equals(form.get("confirm"))) {
      form.rejected(
          new ValidationFailed("confirm", "confirm", "Type erase to confirm. Nothing was erased."),
          null);
      return adminPage(form, model);
    }
    erasure.eraseVault(author.current().accountId());
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    return "redirect:/login?erased";
  }

  private static Role role(String code) {
    try {
      return Role.parse(code);
    } catch (IllegalArgumentException e) {
      throw new ValidationFailed("role", "unknown", "Choose a role.");
    }
  }

  private String ownPage(Form form, String newToken, Model model) {
    PanaUser user = author.current();
    form.addTo(model);
    model.addAttribute("account", accounts.get(user.accountId()));
    model.addAttribute("tokens", tokens.of(user));
    model.addAttribute("newToken", newToken);
    model.addAttribute("totpOn", twoStep.isOn(user));
    model.addAttribute("calendarFeed", calendars.of(user).orElse(null));
    model.addAttribute("digestEmail", digests.of(user).orElse(null));
    model.addAttribute("digestOn", digests.isOn(user));
    model.addAttribute("organisationNames", organisationNames());
    return "access/account";
  }

  private String adminPage(Form form, Model model) {
    form.addTo(model);
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("organisationNames", organisationNames());
    return "access/accounts";
  }

  private Map<String, String> organisationNames() {
    return organisations.list().stream()
        .collect(
            Collectors.toMap(
                o -> o.value().id(), o -> o.value().name(), (a, b) -> a, LinkedHashMap::new));
  }

  static char[] chars(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }
}
