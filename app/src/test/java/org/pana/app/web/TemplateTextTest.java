package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pana.core.access.Visibility;
import org.pana.core.casefile.CaseStatus;
import org.pana.core.casefile.RiskFlag;
import org.pana.core.document.CustodyStatus;
import org.pana.core.document.DocumentType;
import org.pana.core.organisation.Organisation;
import org.pana.core.person.NameKind;
import org.pana.core.person.Sex;
import org.pana.core.person.identity.IdentifierType;
import org.pana.core.source.Channel;
import org.pana.core.source.Reliability;
import org.pana.core.source.SourceRelation;
import org.pana.core.timeline.EventType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every text a page shows comes from the message bundles, so that Pana can ship in Kazakh, Russian,
 * Uyghur and Chinese: templates hold no literal text outside elements whose content Thymeleaf
 * replaces, every message key they name exists, and every vocabulary value has a label.
 */
class TemplateTextTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}");
  private static final Pattern ELEMENT = Pattern.compile("<([a-z][a-z0-9]*)[\\s>/]");
  private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"([A-Za-z]\\w*)");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
  private static final Pattern BARE_INDEX = Pattern.compile("\\w\\[[a-zA-Z_]\\w*]");
  private static final List<String> REPLACING =
      List.of("th:text", "th:utext", "th:replace", "th:insert");
  private static final List<String> VISIBLE_ATTRIBUTES =
      List.of("placeholder", "title", "alt", "aria-label", "value");

  static Stream<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("templates")
  void noLiteralTextOutsideMessageExpressions(Path template) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    var document = factory.newDocumentBuilder().parse(template.toFile());
    List<String> literals = new ArrayList<>();
    collectLiterals(document.getDocumentElement(), literals);
    assertThat(literals).as("literal text in " + template).isEmpty();
  }

  /**
   * Spring's expressions read a map indexed by a bare name as indexed by that name as text: {@code
   * names[id]} is {@code names['id']}, so a page showed an organisation's id where its name
   * belongs. A template looks a value up with {@code names.get(id)}, or by an expression ({@code
   * names[e.id()]}).
   */
  @Test
  void noMapIsIndexedByABareName() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : templates().toList()) {
      Matcher expression = EXPRESSION.matcher(Files.readString(template));
      while (expression.find()) {
        Matcher bare = BARE_INDEX.matcher(expression.group());
        while (bare.find()) {
          found.add(template.getFileName() + ": " + bare.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * A fragment is chosen by a selector that also matches the elements of its name in the same file:
   * {@code fields :: select(…)} brought in the {@code <select>} elements of the fragments file as
   * well, an empty list box beside every list on a form. No fragment is named after an element of
   * its own file.
   */
  @Test
  void noFragmentIsNamedAfterAnElementOfItsFile() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : templates().toList()) {
      String text = Files.readString(template);
      Set<String> elements = new TreeSet<>();
      ELEMENT.matcher(text).results().forEach(m -> elements.add(m.group(1)));
      FRAGMENT
          .matcher(text)
          .results()
          .map(m -> m.group(1))
          .filter(elements::contains)
          .forEach(name -> found.add(template.getFileName() + ": " + name));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void everyMessageKeyInTheTemplatesExists() throws IOException {
    Properties messages = messages();
    List<String> missing = new ArrayList<>();
    for (Path template : templates().toList()) {
      Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
      while (keys.find()) {
        if (!messages.containsKey(keys.group(1))) {
          missing.add(template.getFileName() + ": " + keys.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyVocabularyValueHasALabel() {
    Properties messages = messages();
    List<Class<? extends Enum<?>>> vocabularies =
        List.of(
            Sex.class,
            NameKind.class,
            IdentifierType.class,
            EventType.class,
            DocumentType.class,
            CustodyStatus.class,
            SourceRelation.class,
            Channel.class,
            Reliability.class,
            Visibility.class,
            CaseStatus.class,
            RiskFlag.class,
            Organisation.RegistrationStatus.class,
            Organisation.RelationKind.class);
    List<String> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> vocabulary : vocabularies) {
      for (Enum<?> value : vocabulary.getEnumConstants()) {
        String key = "vocab." + vocabulary.getSimpleName() + "." + value.name();
        if (!messages.containsKey(key)) {
          missing.add(key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static void collectLiterals(Element element, List<String> literals) {
    if (REPLACING.stream().anyMatch(element::hasAttribute)) {
      return; // Thymeleaf replaces this element's content.
    }
    for (String attribute : VISIBLE_ATTRIBUTES) {
      String value = element.getAttribute(attribute);
      if (LETTERS.matcher(value).find() && !element.getTagName().equals("option")) {
        literals.add("<" + element.getTagName() + " " + attribute + "=\"" + value + "\">");
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collectLiterals(childElement, literals);
      } else if (child.getNodeType() == Node.TEXT_NODE
          && LETTERS.matcher(child.getTextContent()).find()) {
        literals.add("<" + element.getTagName() + ">" + child.getTextContent().strip());
      }
    }
  }

  private static Properties messages() {
    Properties messages = new Properties();
    try (InputStream in = TemplateTextTest.class.getResourceAsStream("/messages.properties")) {
      messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }
}
