package org.sprout.feedback;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The agreed rhythm of feedback between a mentor and a mentee. A mentee is overdue once
 * more than the cadence's days have passed since the last shared feedback (or, if there
 * was none yet, since the relationship began).
 */
public record Cadence(int days) {

	public Cadence {
		if (days < 1) {
			throw new IllegalArgumentException("A cadence is at least one day");
		}
	}

	/** Days past due on {@code today}; zero or less when not overdue. */
	public long daysOverdue(LocalDate lastFeedback, LocalDate since, LocalDate today) {
		LocalDate reference = (lastFeedback != null) ? lastFeedback : since;
		return ChronoUnit.DAYS.between(reference, today) - this.days;
	}

	public boolean isOverdue(LocalDate lastFeedback, LocalDate since, LocalDate today) {
		return daysOverdue(lastFeedback, since, today) > 0;
	}

}
