package org.sprout.ties;

import java.time.LocalDate;
import java.util.Set;

/**
 * Someone a viewer grows on a rhythm of feedback: a report, a mentee, the lead of an
 * active project the viewer sponsors (or several of these at once).
 *
 * @param personId who
 * @param displayName their name, for lists
 * @param standing how they stand to the viewer (their growing ties)
 * @param cadence the stricter of the cadences of their ties
 * @param since the day the earliest of those ties began, for someone who never had
 * feedback yet
 * @param lastFeedback the day the viewer last gave them shared feedback, or null when
 * never: what the cadence is counted from
 */
public record Grown(long personId, String displayName, Standing standing, Cadence cadence, LocalDate since,
		LocalDate lastFeedback) {

	public Set<Tie> ties() {
		return this.standing.ties();
	}

	/** Days past due on the day; zero or less when on track. */
	public long daysOverdue(LocalDate today) {
		return this.cadence.daysOverdue(this.lastFeedback, this.since, today);
	}

}
