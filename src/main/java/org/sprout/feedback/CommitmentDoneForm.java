package org.sprout.feedback;

import jakarta.validation.constraints.Size;

/**
 * The subject marks their commitment done, with a note on how it went.
 *
 * @param note optional: what they did, how it went
 * @param back the page to return to; the entry when not given
 */
public record CommitmentDoneForm(@Size(max = MAX_NOTE) String note, Back back) {

	public static final int MAX_NOTE = 1000;

	/** Where the form was sent from, and so where to go back to. */
	public enum Back {

		ENTRY, DASHBOARD, PROFILE

	}

}
