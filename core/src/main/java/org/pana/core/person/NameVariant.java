package org.pana.core.person;

/**
 * One way a person's name is written. A person has many; they are never collapsed into a single
 * string.
 *
 * @param value the name exactly as written
 * @param script ISO 15924 code ({@code Latn}, {@code Cyrl}, {@code Arab}, {@code Hani}, …)
 * @param language BCP 47 language code when known ({@code kk}, {@code ug}, {@code ru}, {@code zh});
 *     may be null
 * @param kind what kind of rendering it is
 * @param sourceId where this spelling comes from; may be null
 */
public record NameVariant(
    String value, String script, String language, NameKind kind, String sourceId) {}
