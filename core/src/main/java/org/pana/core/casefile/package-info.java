/**
 * Cases: {@link org.pana.core.casefile.CaseFile} — the people in it, the owning organisation, the
 * team, status and risk flags — and the {@link org.pana.core.casefile.Cases} use case.
 */
package org.pana.core.casefile;
