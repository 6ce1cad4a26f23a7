package org.pana.app.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * Marks a controller of HTML pages (and of the files and feeds a browser opens from them): errors
 * become the HTML error page ({@code errorpage.PageErrors}) instead of problem details. Every
 * controller is either this or an {@link ApiController}; {@code ArchitectureTest} checks it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {}
