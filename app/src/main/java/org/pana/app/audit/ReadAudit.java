package org.pana.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.pana.app.acting.PanaUser;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every read of one record (a person, a case, an event, a document, a source, a history) leaves an
 * audit entry naming the account and the record's id, on pages and in the API alike. The entry is
 * written before the record is read, so that a read whose trace cannot be written does not happen;
 * under load, the reads of many requests share one commit.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
public class ReadAudit implements WebMvcConfigurer {

  private static final Pattern RECORD_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final AuditLog audit;

  public ReadAudit(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, HttpServletResponse response, Object handler) {
            if ("GET".equals(request.getMethod())) {
              recordRead(request);
            }
            return true;
          }
        });
  }

  private void recordRead(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (!(variables instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
      return;
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof PanaUser user
        && RECORD_ID.matcher(id).matches()) {
      audit.appendGrouped(user.accountId(), AuditAction.RECORD_READ, List.of(id));
    }
  }
}
