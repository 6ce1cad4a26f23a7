package org.pana.app.security;

import java.util.Arrays;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.ValidationFailed;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page and the first-run setup page. */
@PageController
public class AccessPages {

  private final AccountService accounts;

  public AccessPages(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) Long wait,
      @RequestParam(required = false) String logout,
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String created,
      @RequestParam(required = false) String erased,
      @RequestParam(required = false) String code,
      Model model) {
    String notice = null;
    if (wait != null) {
      model.addAttribute("waitSeconds", Math.max(1, Math.min(wait, 3600)));
      notice = "login.wait";
    } else if (error != null) {
      notice = "login.error";
    } else if (locked != null) {
      notice = "login.locked";
    } else if (logout != null) {
      notice = "login.loggedOut";
    } else if (created != null) {
      notice = "login.created";
    } else if (erased != null) {
      notice = "login.erased";
    } else if (code != null) {
      notice = "login.codeNeeded";
    }
    model.addAttribute("notice", notice);
    model.addAttribute("problem", error != null || wait != null || code != null);
    return "access/login";
  }

  @GetMapping("/setup")
  String setup(Model model) {
    new Form().addTo(model);
    return "access/setup";
  }

  @PostMapping("/setup")
  String createFirstAdmin(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    char[] passphrase = chars(form.get("passphrase"));
    char[] repeated = chars(form.get("repeat"));
    form.set("passphrase", null).set("repeat", null).set("setupToken", null);
    try {
      if (!accounts.isSetupToken(submitted.getFirst("setupToken"))) {
        throw new ValidationFailed(
            "setupToken",
            "wrong",
            "This is not the setup token. It is printed in the console where Pana was started.");
      }
      if (!Arrays.equals(passphrase, repeated)) {
        throw new ValidationFailed("repeat", "mismatch", "The two passphrases differ.");
      }
      accounts.createFirstAdmin(form.get("login"), passphrase);
      return "redirect:/login?created";
    } catch (ValidationFailed e) {
      form.rejected(e, null).addTo(model);
      return "access/setup";
    } catch (Conflict e) {
      return "redirect:/login";
    } finally {
      Arrays.fill(passphrase, '\0');
      Arrays.fill(repeated, '\0');
    }
  }

  static char[] chars(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }
}
