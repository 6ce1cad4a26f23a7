package org.pana.app.web;

import java.util.List;
import java.util.Locale;
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

  /** The languages Pana is written in. */
  public static final List<Locale> SUPPORTED =
      List.of(
          Locale.ENGLISH,
          Locale.forLanguageTag("kk"),
          Locale.forLanguageTag("ru"),
          Locale.forLanguageTag("ug"),
          Locale.forLanguageTag("zh"));

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
