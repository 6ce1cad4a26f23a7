package org.pana.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pana.app.errorpage.PageErrors;
import org.pana.app.vault.VaultKeeper;
import org.pana.app.web.ApiController;
import org.pana.app.web.ApiProblems;
import org.pana.app.web.PageController;
import org.pana.vault.Vault;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The module rules of the design brief, executable: dependencies point inwards (app → store →
 * core), the core knows no framework, feature packages have no cycles, and library code neither
 * prints nor throws generic exceptions.
 */
class ArchitectureTest {

  private static JavaClasses pana;

  @BeforeAll
  static void importClasses() {
    pana =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pana");
  }

  @Test
  void theRulesSeeEveryModule() {
    // A rule over zero classes passes vacuously; make sure each module was imported.
    assertThat(pana.containPackage("org.pana.core.person")).isTrue();
    assertThat(pana.containPackage("org.pana.store.jdbc")).isTrue();
    assertThat(pana.containPackage("org.pana.vault")).isTrue();
    assertThat(pana.containPackage("org.pana.app.person")).isTrue();
    assertThat(pana.containPackage("org.pana.names")).isTrue();
    assertThat(pana.containPackage("org.pana.search")).isTrue();
    assertThat(pana.containPackage("org.pana.app.search")).isTrue();
    assertThat(pana.containPackage("org.pana.tools.search")).isTrue();
    assertThat(pana.containPackage("org.pana.app.vault")).isTrue();
  }

  /**
   * The measuring programs (generators, benchmarks, the names evaluation) are tools, not product:
   * only the command line loads them.
   */
  @Test
  void onlyTheCommandLineLoadsTheTools() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.pana.tools..", "org.pana.app.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.pana.tools..")
        .check(pana);
  }

  @Test
  void coreKnowsNoFrameworkNorStorage() {
    noClasses()
        .that()
        .resideInAPackage("org.pana.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.pana.store..",
            "org.pana.app..",
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "tools.jackson..",
            "com.fasterxml..",
            "jakarta..")
        .check(pana);
  }

  @Test
  void storeDoesNotDependOnTheApp() {
    noClasses()
        .that()
        .resideInAPackage("org.pana.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.pana.app..", "org.springframework.web..")
        .check(pana);
  }

  @Test
  void onlyTheVaultTouchesKeysAndCiphers() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.pana.vault..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.crypto.tink..", "org.bouncycastle..", "javax.crypto..")
        .check(pana);
  }

  /**
   * The rule for the search index (issue 4): Lucene writes plain terms to its files, so no Pana
   * code may open a file-system Directory. The index either lives in memory ({@code
   * ByteBuffersDirectory}, opened from files sealed by the vault through {@code IndexFiles}, or
   * rebuilt from the decrypted store after unlock); the plaintext canary scans the data directory
   * for what slips through.
   */
  @Test
  void noCodeWritesALuceneIndexInClear() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.lucene.store.FSDirectory")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.lucene.store.MMapDirectory")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.lucene.store.NIOFSDirectory")
        .allowEmptyShould(true)
        .check(pana);
  }

  /**
   * Reading every record whoever is logged in is for building the search index only; search results
   * go back through the store's access checks.
   */
  @Test
  void onlySearchReadsAsTheSystem() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.pana.app.search..", "org.pana.app.acting..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.pana.app.acting.SystemAccess")
        .check(pana);
  }

  /**
   * Only the vault's life (first run, logins and tokens through the key copies, backup and restore,
   * erasure) opens the keeper: puts keys into it, takes the raw keys out, or reaches the vault
   * file. Everyone else seals, opens values and locks through the keeper.
   */
  @Test
  void onlyTheVaultLifeOpensTheKeeper() {
    noClasses()
        .that()
        .resideInAPackage("org.pana.app..")
        .and()
        .resideOutsideOfPackage("org.pana.app.vault..")
        .should()
        .callMethod(VaultKeeper.class, "keep", Vault.Unlocked.class)
        .orShould()
        .callMethod(VaultKeeper.class, "keys")
        .orShould()
        .callMethod(VaultKeeper.class, "vault")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(Vault.class)
        .check(pana);
  }

  /**
   * The rooms that used to be one {@code security} package stay apart and depend only inwards: who
   * is acting (innermost), the vault's life, logging in, then accounts. The filter chain that wires
   * them together sits above them all, beside {@code Pana}.
   */
  @Test
  void theRoomsOfWhoMayDoWhatDependInwards() {
    assertThat(pana.containPackage("org.pana.app.security")).isFalse();
    noClasses()
        .that()
        .resideInAPackage("org.pana.app.acting..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.pana.app.vault..",
            "org.pana.app.login..",
            "org.pana.app.account..",
            "org.pana.app.audit..")
        .check(pana);
    noClasses()
        .that()
        .resideInAPackage("org.pana.app.vault..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.pana.app.login..", "org.pana.app.account..")
        .check(pana);
    noClasses()
        .that()
        .resideInAPackage("org.pana.app.login..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.pana.app.account..")
        .check(pana);
  }

  /** The names engine and the search module are libraries: no Spring, no store, no app. */
  @Test
  void namesAndSearchAreFrameworkFreeLibraries() {
    noClasses()
        .that()
        .resideInAnyPackage("org.pana.names..", "org.pana.search..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "org.pana.store..", "org.pana.app..", "org.pana.core..")
        .check(pana);
  }

  @Test
  void theVaultDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.pana.vault..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.pana.core..", "org.pana.store..", "org.pana.app..")
        .check(pana);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("org.pana.core.(*)..").should().beFreeOfCycles().check(pana);
  }

  @Test
  void appFeaturePackagesHaveNoCycles() {
    slices().matching("org.pana.app.(*)..").should().beFreeOfCycles().check(pana);
  }

  @Test
  void libraryCodeDoesNotPrint() {
    noClasses()
        .that()
        .resideInAnyPackage("org.pana.core..", "org.pana.store..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .check(pana);
  }

  @Test
  void nobodyThrowsGenericExceptions() {
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(pana);
  }

  @Test
  void nobodyUsesJavaUtilLogging() {
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(pana);
  }

  /**
   * A controller's errors are HTML pages or problem details, never the other by accident (issue 13:
   * pages answered with JSON): each controller says which it is.
   */
  @Test
  void everyControllerIsEitherAnApiOrAPageController() {
    classes()
        .that()
        .resideInAPackage("org.pana.app..")
        .and()
        .areMetaAnnotatedWith(Controller.class)
        .and()
        .areNotAnnotations()
        .should(beExactlyOneOf(ApiController.class, PageController.class))
        .check(pana);
  }

  /**
   * A controller's name says which it is, so that a reader finds pages and API by name too: API
   * controllers end in {@code Api}, page controllers in {@code Page}, {@code Pages} or (for the
   * calendar feed) {@code Feed}.
   */
  @Test
  void controllersAreNamedByTheirMark() {
    classes()
        .that()
        .areAnnotatedWith(ApiController.class)
        .should()
        .haveSimpleNameEndingWith("Api")
        .check(pana);
    classes()
        .that()
        .areAnnotatedWith(PageController.class)
        .should()
        .haveSimpleNameEndingWith("Page")
        .orShould()
        .haveSimpleNameEndingWith("Pages")
        .orShould()
        .haveSimpleNameEndingWith("Feed")
        .check(pana);
  }

  /** The two error handlers follow the marks, not a hand-written list of controllers. */
  @Test
  void errorHandlersApplyByTheMarks() {
    ControllerAdvice pages = PageErrors.class.getAnnotation(ControllerAdvice.class);
    RestControllerAdvice api = ApiProblems.class.getAnnotation(RestControllerAdvice.class);

    assertThat(pages.annotations()).containsExactly(PageController.class);
    assertThat(pages.assignableTypes()).isEmpty();
    assertThat(pages.basePackages()).isEmpty();
    assertThat(api.annotations()).containsExactly(ApiController.class);
    assertThat(api.assignableTypes()).isEmpty();
    assertThat(api.basePackages()).isEmpty();
  }

  private static ArchCondition<JavaClass> beExactlyOneOf(
      Class<? extends java.lang.annotation.Annotation> one,
      Class<? extends java.lang.annotation.Annotation> other) {
    return new ArchCondition<>(
        "be annotated with exactly one of @"
            + one.getSimpleName()
            + ", @"
            + other.getSimpleName()) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean first = type.isAnnotatedWith(one);
        boolean second = type.isAnnotatedWith(other);
        if (first == second) {
          events.add(
              SimpleConditionEvent.violated(
                  type,
                  type.getName()
                      + (first
                          ? " is marked as both an API and a page controller"
                          : " is marked as neither an API nor a page controller")));
        }
      }
    };
  }
}
