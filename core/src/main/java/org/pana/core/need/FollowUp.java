package org.pana.core.need;

import java.time.LocalDate;

/**
 * A task to follow a need up, due on a day, assigned to a volunteer's account.
 *
 * @param title what to do
 * @param due the day it is due
 * @param assignee the login name of the volunteer it is assigned to, or null
 * @param done whether it is done
 */
public record FollowUp(String title, LocalDate due, String assignee, boolean done) {}
