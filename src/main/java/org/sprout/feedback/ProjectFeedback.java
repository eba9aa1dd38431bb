package org.sprout.feedback;

import java.time.LocalDate;

/**
 * How much shared feedback a project got, and when its lead last got some.
 *
 * @param entries shared entries linked to the project
 * @param lastToLead the observed day of the latest one about the lead, if any
 */
public record ProjectFeedback(long entries, LocalDate lastToLead) {
}
