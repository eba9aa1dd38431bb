package org.sprout.feedback;

import java.time.LocalDate;

import org.sprout.people.Person;
import org.sprout.ties.Grown;
import org.sprout.ties.Standing;
import org.sprout.ties.Tie;

/**
 * Someone the viewer grows, with where their feedback stands: the dashboard's row, the
 * overdue check's and the digest's unit.
 *
 * @param grown who, how they are tied to the viewer and at which cadence
 * @param lastFeedback the day of the viewer's last shared feedback to them, if any
 * @param daysOverdue days past the cadence; zero or less when on track
 */
public record GrowingRow(Grown grown, LocalDate lastFeedback, long daysOverdue) {

	public long personId() {
		return this.grown.personId();
	}

	public String displayName() {
		return this.grown.displayName();
	}

	public String initials() {
		return Person.initialsOf(this.grown.displayName());
	}

	public Standing standing() {
		return this.grown.standing();
	}

	public boolean isOverdue() {
		return this.daysOverdue > 0;
	}

	/** The day feedback fell due, when overdue: it names the overdue episode. */
	public LocalDate dueOn(LocalDate today) {
		return today.minusDays(this.daysOverdue);
	}

	/** The message saying why the viewer grows them (manager, mentor, both, sponsor). */
	public String whyKey() {
		boolean manager = this.grown.standing().has(Tie.REPORT);
		boolean mentor = this.grown.standing().has(Tie.MENTEE);
		if (manager && mentor) {
			return "dashboard.why.both";
		}
		if (manager) {
			return "dashboard.why.report";
		}
		return mentor ? "dashboard.why.mentee" : "dashboard.why.sponsor";
	}

}
