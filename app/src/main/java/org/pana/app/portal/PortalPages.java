package org.pana.app.portal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.pana.app.web.PageController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the public portal's files without login, when the portal is on: the list of published
 * reports in the visitor's language, each report at its permanent address, and the Atom feed.
 * Everything else is 404.
 */
@PageController
public class PortalPages {

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final Portal portal;

  public PortalPages(Portal portal) {
    this.portal = portal;
  }

  /** The index in the visitor's language (their browser's, or {@code ?lang=kk}). */
  @GetMapping({"/public", "/public/"})
  ResponseEntity<String> index() {
    return serve(() -> portal.index(LocaleContextHolder.getLocale().getLanguage()), HTML);
  }

  @GetMapping("/public/reports/{id}")
  ResponseEntity<String> report(@PathVariable String id) {
    if (!Portal.isReportId(id)) {
      return ResponseEntity.notFound().build();
    }
    return serve(id, HTML);
  }

  @GetMapping("/public/feed.atom")
  ResponseEntity<String> feed() {
    return serve("feed.atom", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));
  }

  private ResponseEntity<String> serve(String name, MediaType type) {
    return serve(() -> portal.file(name), type);
  }

  private ResponseEntity<String> serve(Supplier<Optional<String>> file, MediaType type) {
    if (!portal.enabled()) {
      return ResponseEntity.notFound().build();
    }
    return file.get()
        .map(body -> ResponseEntity.ok().contentType(type).body(body))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
