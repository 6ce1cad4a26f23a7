package org.pana.app.security;

import java.util.Arrays;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.ValidationFailed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page, the first-run setup page and "lock now". */
@PageController
public class AccessPages {

  private final AccountService accounts;
  private final VaultKeeper keeper;
  private final AuditLog audit;
  private final Author author;

  public AccessPages(AccountService accounts, VaultKeeper keeper, AuditLog audit, Author author) {
    this.accounts = accounts;
    this.keeper = keeper;
    this.audit = audit;
    this.author = author;
  }

  /**
   * "Lock now": drops the keys at once, which ends every login session. On a laptop anyone logged
   * in may lock it; a team server's vault is locked only by an administrator (everyone must then
   * log in again, and a script's token opens it again).
   */
  @PostMapping("/lock")
  String lockNow() {
    PanaUser user = author.current();
    if (!keeper.isLaptop() && !user.can(Role.ADMIN)) {
      throw new AccessDeniedException("Only an administrator locks a team server's vault.");
    }
    audit.append(user.accountId(), AuditAction.VAULT_LOCKED, null);
    audit.checkpoint();
    keeper.lock();
    return "redirect:/login?lockedNow";
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
      @RequestParam(required = false) String loggedOut,
      @RequestParam(required = false) String lockedNow,
      @RequestParam(required = false) String ended,
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
    } else if (loggedOut != null) {
      notice = "login.loggedOutStillOpen";
    } else if (lockedNow != null) {
      notice = "login.lockedNow";
    } else if (ended != null) {
      notice = "login.ended";
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
      accounts.createFirstAdmin(form.get("login"), passphrase, form.get("organisation"));
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
