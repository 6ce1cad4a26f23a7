package org.pana.app.web;

import java.util.function.Function;
import java.util.function.Supplier;
import org.pana.core.problem.ValidationFailed;

/**
 * What every form page does with a submission: try the write; when it succeeds, go on to the page
 * it leads to; when the core refuses it, show the same form again with each problem next to its
 * field. Other failures (not found, conflict, access denied) are left to the error pages.
 */
public final class FormFlow {

  private FormFlow() {}

  /**
   * Runs {@code write} and redirects to {@code next}; on {@link ValidationFailed} returns what
   * {@code again} shows for the form with the problems put next to its fields.
   */
  public static String submit(
      Form form, Runnable write, String next, Function<Form, String> again) {
    return submit(
        form,
        () -> {
          write.run();
          return next;
        },
        again);
  }

  /**
   * Runs {@code write}, which answers where to go next (a path such as {@code /people/ID}, for when
   * that depends on what was written), and redirects there; on {@link ValidationFailed} returns
   * what {@code again} shows for the form with the problems put next to its fields.
   */
  public static String submit(Form form, Supplier<String> write, Function<Form, String> again) {
    try {
      return "redirect:" + write.get();
    } catch (ValidationFailed e) {
      return again.apply(form.rejected(e, null));
    }
  }
}
