package org.sprout.ties;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a viewer stands to a person on a day: the same person, or the ties between them
 * (none, one or several). The only input the access policy needs about two people.
 *
 * @param self the viewer is the person
 * @param ties what the person is to the viewer
 */
public record Standing(boolean self, Set<Tie> ties) {

	public static final Standing SELF = new Standing(true, Set.of());

	public static final Standing NONE = new Standing(false, Set.of());

	public Standing {
		ties = (ties.isEmpty()) ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(ties));
	}

	/** Two different people tied as given. */
	public static Standing of(Tie... ties) {
		return new Standing(false, (ties.length == 0) ? Set.of() : EnumSet.of(ties[0], ties));
	}

	public boolean has(Tie tie) {
		return this.ties.contains(tie);
	}

	/** Whether the person is tied to the viewer in any of the ways given. */
	public boolean hasAny(Set<Tie> wanted) {
		return this.ties.stream().anyMatch(wanted::contains);
	}

}
