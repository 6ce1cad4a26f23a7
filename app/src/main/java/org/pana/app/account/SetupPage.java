package org.pana.app.account;

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

/**
 * The first-run setup page, the only page that answers until the first administrator exists (see
 * {@link SetupGate}): the setup token printed on the console, the first administrator and the
 * group's first organisation.
 */
@PageController
public class SetupPage {

  private final FirstRun firstRun;

  public SetupPage(FirstRun firstRun) {
    this.firstRun = firstRun;
  }

  @GetMapping("/setup")
  String setup(Model model) {
    new Form().addTo(model);
    return "access/setup";
  }

  @PostMapping("/setup")
  String createFirstAdmin(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    char[] passphrase = AccountPages.chars(form.get("passphrase"));
    char[] repeated = AccountPages.chars(form.get("repeat"));
    form.set("passphrase", null).set("repeat", null).set("setupToken", null);
    try {
      if (!firstRun.isSetupToken(submitted.getFirst("setupToken"))) {
        throw new ValidationFailed(
            "setupToken",
            "wrong",
            "This is not the setup token. It is printed in the console where Pana was started.");
      }
      if (!Arrays.equals(passphrase, repeated)) {
        throw new ValidationFailed("repeat", "mismatch", "The two passphrases differ.");
      }
      firstRun.createFirstAdmin(form.get("login"), passphrase, form.get("organisation"));
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
}
