package org.pana.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON body of the API is read through {@link Utf8Check}, so that bytes which are not UTF-8
 * (or are UTF-8 only to a lenient decoder) are refused as malformed instead of being stored as
 * whatever they decode to. {@link ApiProblems} says so in a problem.
 */
@ControllerAdvice(annotations = ApiController.class)
public class Utf8Bodies extends RequestBodyAdviceAdapter {

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    if (!isUtf8Json(message.getHeaders().getContentType())) {
      return message;
    }
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() throws IOException {
        return new Utf8Check(message.getBody());
      }

      @Override
      public HttpHeaders getHeaders() {
        return message.getHeaders();
      }
    };
  }

  /** JSON, in UTF-8 as RFC 8259 requires (a body that names another charset is read in it). */
  private static boolean isUtf8Json(MediaType type) {
    if (type == null
        || !(type.isCompatibleWith(MediaType.APPLICATION_JSON)
            || "json".equals(type.getSubtypeSuffix()))) {
      return false;
    }
    Charset charset = type.getCharset();
    return charset == null || charset.equals(StandardCharsets.UTF_8);
  }
}
