package org.sprout.ties;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everyone tied to one person today, and how, read at once: who may read or write about
 * them (see {@link Ties#holdersOf}) and how any signed-in colleague stands to them, with
 * no second look at the tables.
 *
 * @param personId whom the ties are to
 * @param holders who holds a tie to them, and which
 * @param welcomesFeedback whether they welcome feedback from anyone
 */
public record TiesAround(long personId, List<TieHolder> holders, boolean welcomesFeedback) {

	/**
	 * How a signed-in viewer (whose account is on) stands to the person: exactly what
	 * {@link Ties#between} answers for them.
	 */
	public Standing standingOf(long viewerId) {
		if (viewerId == this.personId) {
			return Standing.SELF;
		}
		Set<Tie> ties = EnumSet.noneOf(Tie.class);
		this.holders.stream()
			.filter((holder) -> holder.personId() == viewerId)
			.forEach((holder) -> ties.add(holder.tie()));
		if (this.welcomesFeedback) {
			ties.add(Tie.WELCOMES_FEEDBACK);
		}
		return new Standing(false, ties);
	}

}
