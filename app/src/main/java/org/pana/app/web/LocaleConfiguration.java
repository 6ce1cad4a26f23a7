package org.pana.app.web;

import java.util.List;
import java.util.Locale;
import org.pana.core.report.ReportOptions;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user interface language: the bundles, formatted with ICU, and {@code ?lang=kk} on any page to
 * choose one (the account feature resolves and remembers it). Each message bundle says its text
 * direction ({@code text.direction}), so Uyghur pages render right-to-left.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

  /**
   * The languages Pana's pages are written in, English first: the one list the language choice, the
   * account's language, the command line, the pages' language links and the tests read.
   */
  public static final List<String> LANGUAGES = List.of("en", "kk", "ru", "ug", "zh");

  /** {@link #LANGUAGES} as locales. */
  public static final List<Locale> SUPPORTED =
      LANGUAGES.stream().map(Locale::forLanguageTag).toList();

  /**
   * The languages for templates: {@code ${@languages.pages()}}, {@code ${@languages.reports()}}.
   */
  @Bean
  Languages languages() {
    return new Languages();
  }

  /** The languages a page offers: those of its own text and those a report can be written in. */
  public static final class Languages {

    /** The languages of the pages, English first. */
    public List<String> pages() {
      return LANGUAGES;
    }

    /** The languages a report can be written in. */
    public List<String> reports() {
      return ReportOptions.LANGUAGES;
    }
  }

  /** The user interface bundles, formatted with ICU (plurals, numbers and dates per language). */
  @Bean
  MessageSource messageSource() {
    return new IcuMessageSource();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }
}
