package org.sprout.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reporting lines of the organisation, as plain facts: who reports to whom. Decides
 * whether a new manager would close a loop, where someone ends up managing their own
 * manager.
 */
public final class ReportingLines {

	private final Map<Long, Long> managerOf = new HashMap<>();

	public ReportingLines(Collection<ManagerLink> links) {
		for (ManagerLink link : links) {
			this.managerOf.put(link.personId(), link.managerId());
		}
	}

	/** Why the manager cannot be given to the person, or empty when they can. */
	public Optional<Problem> problemWith(long personId, long newManagerId) {
		if (personId == newManagerId) {
			return Optional.of(Problem.SELF);
		}
		if (reportsTo(newManagerId, personId)) {
			return Optional.of(Problem.CYCLE);
		}
		return Optional.empty();
	}

	/**
	 * Whether someone reports to the manager, directly or through others. Follows the
	 * line upwards and stops on a loop already in the data rather than running forever.
	 */
	public boolean reportsTo(long someoneId, long managerId) {
		Set<Long> seen = new HashSet<>();
		Long current = this.managerOf.get(someoneId);
		while (current != null && seen.add(current)) {
			if (current == managerId) {
				return true;
			}
			current = this.managerOf.get(current);
		}
		return false;
	}

	/** What is wrong with a proposed manager. */
	public enum Problem {

		/** Nobody manages themselves. */
		SELF,

		/** The proposed manager reports to the person, directly or through others. */
		CYCLE

	}

}
