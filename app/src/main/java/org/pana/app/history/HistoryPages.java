package org.pana.app.history;

import org.pana.app.web.PageController;
import org.pana.core.account.AccountStore;
import org.pana.core.record.Revision;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The history of one record: every revision, who made it (the account's login), when, what changed
 * (the fields in the reader's language) and why. A retracted record's history says so, and offers a
 * coordinator to restore it.
 */
@PageController
public class HistoryPages {

  private final RecordKinds kinds;
  private final AccountStore accounts;

  public HistoryPages(RecordKinds kinds, AccountStore accounts) {
    this.kinds = kinds;
    this.accounts = accounts;
  }

  @GetMapping("/history/{id}")
  String history(@PathVariable String id, Model model) {
    var revisions = kinds.historyOf(id);
    model.addAttribute("revisions", revisions.reversed());
    model.addAttribute("recordId", id);
    model.addAttribute("kind", revisions.get(0).recordType());
    Revision latest = revisions.getLast();
    model.addAttribute("retracted", latest.action() == Revision.Action.RETRACTED ? latest : null);
    // revisions keep the account's id; the page names it by its login (by its id once it is gone)
    model.addAttribute("logins", accounts.logins());
    return "history";
  }
}
