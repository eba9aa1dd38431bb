package org.sprout.ties;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The agreed rhythm of feedback to someone a viewer grows. They are overdue once more
 * than the cadence's days have passed since the last shared feedback (or, if there was
 * none yet, since the tie began).
 *
 * @param days days between two pieces of feedback, 1 to {@value #MAX_DAYS}
 */
public record Cadence(int days) {

	/** The rhythm when nobody agreed another: a fortnight. */
	public static final int DEFAULT_DAYS = 14;

	/** The longest rhythm anyone may agree: a year. */
	public static final int MAX_DAYS = 365;

	public static final Cadence DEFAULT = new Cadence(DEFAULT_DAYS);

	public Cadence {
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("A cadence is 1 to " + MAX_DAYS + " days, not " + days);
		}
	}

	/** The agreed days, or the default when none were agreed. */
	public static Cadence orDefault(Integer days) {
		return (days != null) ? new Cadence(days) : DEFAULT;
	}

	/** The stricter (shorter) of two cadences. */
	public Cadence stricter(Cadence other) {
		return (other.days < this.days) ? other : this;
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
