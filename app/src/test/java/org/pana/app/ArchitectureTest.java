package org.pana.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        .resideOutsideOfPackages("org.pana.app.search..", "org.pana.app.security..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.pana.app.security.SystemAccess")
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
}
