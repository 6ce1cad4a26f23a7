package org.pana.app.portal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pana.app.acting.PortalAccess;
import org.pana.app.config.PanaSettings;
import org.pana.app.web.LocaleConfiguration;
import org.pana.core.consent.Consent;
import org.pana.core.record.RecordStore;
import org.pana.core.report.Disclosure;
import org.pana.core.report.Disclosures;
import org.pana.core.report.Report;
import org.pana.core.report.ReportFormats;
import org.pana.core.report.ReportText;
import org.pana.store.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Keeps the public portal's files: one page per published report (its permanent address), an index
 * in each language of the pages ({@code index.html} in English, {@code index.kk.html} and so on,
 * served by the visitor's language) and an Atom feed, written under {@code <data dir>/portal}
 * whenever a release, report or consent changes. Only approved reports released to the portal,
 * whose consents still hold, are there: a withdrawn consent takes its reports down at once. The
 * files hold nothing but the frozen, redacted text, so they are served without login and without
 * opening the vault; they can also be copied to a web host as they are.
 */
@Component
public class Portal {

  private static final Logger LOG = LoggerFactory.getLogger(Portal.class);
  private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");
  private static final Pattern INDEX = Pattern.compile("index(\\.[a-z]{2})?\\.html");
  private final boolean enabled;
  private final String baseUrl;
  private final Path directory;
  private final PortalAccess access;
  private final MessageSource messages;

  public Portal(
      @Value("${pana.portal.enabled:false}") boolean enabled,
      @Value("${pana.portal.base-url:${pana.base-url:http://127.0.0.1:8080}}") String baseUrl,
      PanaSettings settings,
      PortalAccess access,
      MessageSource messages,
      RecordStore store) {
    this.enabled = enabled;
    this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    this.directory = settings.dataDir().resolve("portal");
    this.access = access;
    this.messages = messages;
    if (enabled) {
      store.addListener((kind, id) -> refresh(), Disclosure.KIND, Report.KIND, Consent.KIND);
    }
  }

  /** Whether the portal is on ({@code pana.portal.enabled}). */
  public boolean enabled() {
    return enabled;
  }

  /** Whether a name could be a report's id (and nothing else). */
  static boolean isReportId(String name) {
    return ID.matcher(name).matches();
  }

  /**
   * Rewrites the portal's files from the published reports, one refresh at a time (so the last
   * write's view wins); failures are logged, not thrown.
   */
  public synchronized void refresh() {
    if (!enabled) {
      return;
    }
    try {
      List<Disclosures.Published> published = access.published();
      PrivateFiles.createFolders(directory.resolve("reports"));
      Set<String> kept = new HashSet<>();
      for (Disclosures.Published each : published) {
        String id = each.report().id();
        kept.add(id + ".html");
        write(
            directory.resolve("reports").resolve(id + ".html"),
            ReportFormats.xhtml(
                each.report().text(),
                new ReportFormats.Rendering(false, each.report().hash(), null, "/css/pana.css")));
      }
      try (Stream<Path> files = Files.list(directory.resolve("reports"))) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          if (!kept.contains(name) && !name.endsWith(".tmp")) {
            Files.deleteIfExists(file);
          }
        }
      }
      for (String language : LocaleConfiguration.LANGUAGES) {
        write(directory.resolve(indexFile(language)), index(published, language));
      }
      write(directory.resolve("feed.atom"), feed(published));
    } catch (IOException | RuntimeException e) {
      LOG.warn("The public portal could not be refreshed: {}", e.getMessage());
    }
  }

  /** The index in {@code language}, or in English when there is none in it (yet). */
  public Optional<String> index(String language) {
    return file(indexFile(language)).or(() -> file("index.html"));
  }

  private static String indexFile(String language) {
    return language.equals("en") ? "index.html" : "index." + language + ".html";
  }

  /**
   * A file of the portal, if it exists: an index ({@code index.html}, {@code index.kk.html}),
   * {@code feed.atom} or a report.
   */
  public Optional<String> file(String name) {
    Path path;
    if (INDEX.matcher(name).matches() || name.equals("feed.atom")) {
      path = directory.resolve(name);
    } else if (ID.matcher(name).matches()) {
      path = directory.resolve("reports").resolve(name + ".html");
    } else {
      return Optional.empty();
    }
    try {
      return Files.exists(path) ? Optional.of(Files.readString(path)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The index in {@code language}: its words from the bundles, its direction (right to left in
   * Uyghur), the published reports as their own text names them, and links to the other languages.
   */
  private String index(List<Disclosures.Published> published, String language) {
    Locale locale = Locale.forLanguageTag(language);
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(language)
        .append("\" dir=\"")
        .append(text("text.direction", locale))
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>")
        .append(escaped("portal.title", locale))
        .append("</title>\n<link rel=\"stylesheet\" href=\"/css/pana.css\"/>\n")
        .append(
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/public/feed.atom\"/>\n")
        .append("</head>\n<body>\n<main>\n<h1>")
        .append(escaped("portal.title", locale))
        .append("</h1>\n<p>")
        .append(escaped("portal.intro", locale))
        .append(" <a href=\"/public/feed.atom\">")
        .append(escaped("portal.feed", locale))
        .append("</a></p>\n");
    if (published.isEmpty()) {
      out.append("<p class=\"empty\">").append(escaped("portal.none", locale)).append("</p>\n");
    } else {
      out.append("<ul class=\"plain\">\n");
      for (Disclosures.Published each : published) {
        ReportText text = each.report().text();
        out.append("<li><a dir=\"auto\" href=\"/public/reports/")
            .append(each.report().id())
            .append("\">")
            .append(HtmlUtils.htmlEscape(text.title(), "UTF-8"))
            .append("</a> <span class=\"muted\" dir=\"auto\">")
            .append(
                HtmlUtils.htmlEscape(
                    text.organisation() + " · " + each.released() + " · " + text.language(),
                    "UTF-8"))
            .append("</span></li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</main>\n<footer class=\"bottom\">\n");
    for (String other : LocaleConfiguration.LANGUAGES) {
      out.append("<a href=\"/public/?lang=")
          .append(other)
          .append("\" lang=\"")
          .append(other)
          .append("\">")
          .append(escaped("language." + other, locale))
          .append("</a>\n");
    }
    return out.append("</footer>\n</body>\n</html>\n").toString();
  }

  private String feed(List<Disclosures.Published> published) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(text("portal.title"));
    feed.setDescription(text("portal.intro"));
    feed.setLink(baseUrl + "/public/");
    feed.setUri(baseUrl + "/public/feed.atom");
    feed.setLanguage("en");
    List<SyndEntry> entries = new ArrayList<>();
    Date newest = null;
    for (Disclosures.Published each : published) {
      ReportText text = each.report().text();
      SyndEntry entry = new SyndEntryImpl();
      entry.setTitle(text.title());
      entry.setLink(baseUrl + "/public/reports/" + each.report().id());
      entry.setUri("urn:uuid:" + each.report().id());
      entry.setAuthor(text.organisation());
      Date released = Date.from(each.released().atStartOfDay().toInstant(ZoneOffset.UTC));
      entry.setPublishedDate(released);
      entry.setUpdatedDate(released);
      newest = newest == null || released.after(newest) ? released : newest;
      SyndContent summary = new SyndContentImpl();
      summary.setType("text/plain");
      summary.setValue(
          text.sections().isEmpty() || text.sections().get(0).paragraphs().isEmpty()
              ? text.title()
              : text.sections().get(0).paragraphs().get(0).text());
      entry.setDescription(summary);
      entries.add(entry);
    }
    feed.setEntries(entries);
    feed.setPublishedDate(newest == null ? new Date(0) : newest);
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("Could not write the Atom feed", e);
    }
  }

  private static void write(Path file, String content) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    // Public pages, but on this disk still the owner's only, like everything in the data directory.
    try (FileChannel channel =
        PrivateFiles.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
    }
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The feed's words: one feed, in English. */
  private String text(String key) {
    return text(key, Locale.ENGLISH);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String escaped(String key, Locale locale) {
    return HtmlUtils.htmlEscape(text(key, locale), "UTF-8");
  }
}
