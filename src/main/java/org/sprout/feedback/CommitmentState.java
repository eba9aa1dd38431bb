package org.sprout.feedback;

import java.time.Instant;

/**
 * Where a commitment ("next time I will...") stands: open until later feedback on one of
 * its skills follows it up or its writer marks it done.
 */
public enum CommitmentState {

	OPEN, DONE, FOLLOWED_UP;

	/** The state of a commitment as its entry holds it; null when there is none. */
	static CommitmentState of(String commitment, Instant closedAt, Instant doneAt) {
		if (commitment == null) {
			return null;
		}
		if (closedAt == null) {
			return OPEN;
		}
		return (doneAt != null) ? DONE : FOLLOWED_UP;
	}

}
