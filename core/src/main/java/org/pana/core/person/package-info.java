/**
 * People: {@link org.pana.core.person.Person} with its name variants, facts with sources and
 * identity numbers; the {@link org.pana.core.person.People} use case (record, amend, find).
 */
package org.pana.core.person;
