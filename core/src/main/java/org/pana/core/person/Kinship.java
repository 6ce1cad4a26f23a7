package org.pana.core.person;

/** How a third party named in a story stands to the person. */
public enum Kinship {
  SPOUSE,
  PARENT,
  CHILD,
  SIBLING,
  OTHER_RELATIVE,
  /** Not family: a neighbour, a friend, a fellow detainee. */
  OTHER
}
