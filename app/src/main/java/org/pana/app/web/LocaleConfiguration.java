package org.pana.app.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user interface language: chosen with {@code ?lang=kk} (remembered in a cookie), else the
 * browser's preference among the languages Pana is built for. Each message bundle says its text
 * direction ({@code text.direction}), so Uyghur pages render right-to-left.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED =
      List.of(
          Locale.ENGLISH,
          Locale.forLanguageTag("kk"),
          Locale.forLanguageTag("ru"),
          Locale.forLanguageTag("ug"),
          Locale.forLanguageTag("zh"));

  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver fallback = new AcceptHeaderLocaleResolver();
    fallback.setSupportedLocales(SUPPORTED);
    fallback.setDefaultLocale(Locale.ENGLISH);
    CookieLocaleResolver resolver = new CookieLocaleResolver("pana-lang");
    resolver.setDefaultLocaleFunction(fallback::resolveLocale);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }
}
