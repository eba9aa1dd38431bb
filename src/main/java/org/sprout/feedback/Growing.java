package org.sprout.feedback;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.ties.Grown;
import org.sprout.ties.Ties;

/**
 * Whom a viewer grows and whether each is due feedback: the ties (and their cadences)
 * with the day of the viewer's last shared feedback to each. What the dashboard lists,
 * what the overdue check tells and what the digest counts, decided once. One query,
 * however many people.
 */
@Service
@Transactional(readOnly = true)
public class Growing {

	private final Ties ties;

	Growing(Ties ties) {
		this.ties = ties;
	}

	/** The people the viewer grows today, most overdue first. */
	public List<GrowingRow> of(long viewerId) {
		return of(viewerId, this.ties.today());
	}

	/** The people the viewer grows on the day, most overdue first. */
	public List<GrowingRow> of(long viewerId, LocalDate day) {
		List<Grown> grown = this.ties.grownBy(viewerId, day);
		if (grown.isEmpty()) {
			return List.of();
		}
		return grown.stream()
			.map((one) -> new GrowingRow(one, one.lastFeedback(), one.daysOverdue(day)))
			.sorted(Comparator.comparingLong(GrowingRow::daysOverdue).reversed().thenComparing(GrowingRow::displayName))
			.toList();
	}

	/** Those of them who are overdue on the day. */
	public List<GrowingRow> overdue(long viewerId, LocalDate day) {
		return of(viewerId, day).stream().filter(GrowingRow::isOverdue).toList();
	}

	/** Everyone who grows someone on the day: whose overdue people to check. */
	public List<Long> growers(LocalDate day) {
		return this.ties.growers(day);
	}

}
