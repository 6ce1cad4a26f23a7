package org.pana.app.dashboard;

import org.pana.core.casefile.Cases;
import org.pana.core.person.People;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page: counts, recently changed people and cases, and the way in. */
@Controller
public class DashboardPage {

  private final People people;
  private final Cases cases;

  public DashboardPage(People people, Cases cases) {
    this.people = people;
    this.cases = cases;
  }

  @GetMapping("/")
  String dashboard(Model model) {
    model.addAttribute("peopleCount", people.count());
    model.addAttribute("caseCount", cases.count());
    model.addAttribute("people", people.list(0, 10));
    model.addAttribute("cases", cases.list(0, 10));
    return "dashboard";
  }
}
