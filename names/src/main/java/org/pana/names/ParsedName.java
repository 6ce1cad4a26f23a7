package org.pana.names;

import java.util.List;

/**
 * A name divided into read parts.
 *
 * @param written the name as cleaned
 * @param parts its parts, in written order
 */
public record ParsedName(String written, List<NamePart> parts) {

  /** The canonical forms of the significant parts, joined by spaces: how Pana reads the name. */
  public String reading() {
    StringBuilder out = new StringBuilder();
    for (NamePart part : parts) {
      if (part.significant()) {
        if (!out.isEmpty()) {
          out.append(' ');
        }
        out.append(part.form());
      }
    }
    return out.toString();
  }
}
