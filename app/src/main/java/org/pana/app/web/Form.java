package org.pana.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pana.core.problem.FieldProblem;
import org.pana.core.problem.ValidationFailed;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * A submitted HTML form, read field by field, and the per-field error messages shown next to the
 * fields when it is sent back. Field names follow the API's paths ({@code names[0].value}), so the
 * core's validation messages land next to the right input.
 */
public final class Form {

  /** More rows than any real person has names; bounds what a crafted form can make us loop. */
  private static final int MAX_ROWS = 50;

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, List<String>> repeated = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private final Map<String, List<FieldProblem>> problems = new LinkedHashMap<>();

  public Form() {}

  public Form(MultiValueMap<String, String> submitted) {
    submitted.forEach(
        (name, list) -> {
          if (!name.equals("_csrf") && !list.isEmpty()) {
            values.put(name, list.get(0));
            if (list.size() > 1) {
              repeated.put(name, List.copyOf(list));
            }
          }
        });
  }

  /** The field's value, or null when it was not sent or is blank. */
  public String get(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * All values of a field: each value of a repeated field (a multi-select, checkboxes), or the
   * comma-separated parts of a single text field ("CN, KZ").
   */
  public List<String> all(String name) {
    List<String> all = new ArrayList<>();
    if (repeated.containsKey(name)) {
      repeated.get(name).stream().filter(v -> !v.isBlank()).map(String::strip).forEach(all::add);
      return all;
    }
    String value = get(name);
    if (value != null) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          all.add(part.strip());
        }
      }
    }
    return all;
  }

  /**
   * How many rows of a repeated group the form holds, e.g. 3 for {@code names[0..2].value}, but at
   * least {@code minimum} (so that a form always offers empty rows to fill in).
   */
  public int rows(String group, int minimum) {
    int rows = minimum;
    String prefix = group + "[";
    for (String name : values.keySet()) {
      if (name.startsWith(prefix)) {
        int end = name.indexOf(']', prefix.length());
        if (end > prefix.length()) {
          try {
            rows = Math.max(rows, Integer.parseInt(name.substring(prefix.length(), end)) + 1);
          } catch (NumberFormatException e) {
            // not a row of this group
          }
        }
      }
    }
    return Math.min(rows, MAX_ROWS);
  }

  /**
   * The revision the form was based on (hidden field {@code revision}), so that a change made
   * meanwhile by someone else is a conflict, not silently overwritten.
   */
  public int revision() {
    try {
      return Integer.parseInt(get("revision"));
    } catch (NumberFormatException e) {
      throw new ValidationFailed(
          "revision", "revision", "The form lost track of the record's revision; reload it.");
    }
  }

  public Form set(String name, String value) {
    values.put(name, value);
    return this;
  }

  /** The values, for re-displaying the form. */
  public Map<String, String> getValues() {
    return values;
  }

  /** The error messages by field, for display next to each field. */
  public Map<String, String> getErrors() {
    return errors;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Puts the problems of a failed validation next to their fields, under an optional prefix. */
  public Form rejected(ValidationFailed failure, String prefix) {
    for (FieldProblem problem : failure.problems()) {
      String field = prefix == null ? problem.field() : prefix + problem.field();
      errors.merge(field, problem.message(), (a, b) -> a + " " + b);
      problems.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
    }
    return this;
  }

  /** The problems of a field, with their codes, for showing them in the page's language. */
  public List<FieldProblem> problems(String field) {
    return problems.getOrDefault(field, List.of());
  }

  /** Adds the form to a page model as {@code form}. */
  public void addTo(Model model) {
    model.addAttribute("form", this);
  }
}
