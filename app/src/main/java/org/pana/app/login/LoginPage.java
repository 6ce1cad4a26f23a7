package org.pana.app.login;

import org.pana.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page, with the notice of why it is shown: a wrong passphrase, a wait after failures, a
 * second step's code to give, a lock or a logout. The form posts to Spring Security's login.
 */
@PageController
public class LoginPage {

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
}
