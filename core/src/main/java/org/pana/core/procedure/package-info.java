/**
 * Asylum procedures as data: a jurisdiction's steps, the transitions between them, time limits and
 * document validity periods, each rule with its legal source and confidence mark, loaded from
 * readable versioned files (one per jurisdiction and period); and the calculator that turns a
 * case's dated steps into deadlines, anomalies and risks.
 */
package org.pana.core.procedure;
