package org.pana.app.web;

import java.util.List;

/** A list the JSON API always returns whole, wrapped so that fields can be added later. */
public record Items<T>(List<T> items) {}
