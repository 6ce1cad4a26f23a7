/**
 * Taking mistakes back: {@link org.pana.core.retraction.Retractions} retracts a record entered by
 * mistake (kept, with its history, but shown nowhere) and restores it; {@link
 * org.pana.core.retraction.Erasures} erases a person on request, with what was entered for them.
 * {@link org.pana.core.retraction.OwnRecords} says which records follow a person.
 */
package org.pana.core.retraction;
