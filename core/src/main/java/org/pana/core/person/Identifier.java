package org.pana.core.person;

import org.pana.core.person.identity.IdentifierType;

/**
 * An identity number held by a person.
 *
 * @param type what kind of number
 * @param value the number, normalised (no spaces; check character upper case)
 * @param issuer who issued it, when known (e.g. "PRC Ministry of Public Security")
 * @param sourceId where we have it from
 */
public record Identifier(IdentifierType type, String value, String issuer, String sourceId) {}
