package org.sprout.dashboard;

import java.time.LocalDate;

import org.sprout.people.Person;
import org.sprout.security.Relation;

/**
 * One person the viewer grows, as the dashboard lists them.
 *
 * @param person the report or mentee
 * @param why whether the viewer is their manager, mentor or both
 * @param relation how the viewer stands to them, for the access policy
 * @param lastFeedback the day of the viewer's last shared feedback to them, if any
 * @param daysOverdue days past the agreed cadence; zero or less when on track
 */
public record GrowingRow(Person person, String why, Relation relation, LocalDate lastFeedback, long daysOverdue) {

	public boolean isOverdue() {
		return this.daysOverdue > 0;
	}

}
