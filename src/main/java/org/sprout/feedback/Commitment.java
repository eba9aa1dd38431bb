package org.sprout.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What someone promised in answer to shared feedback ("next time I will..."), with the
 * entry it answers: open until later feedback on one of its skills follows it up or they
 * mark it done.
 *
 * @param subjectId who promised it
 * @param entryId the entry it answers
 * @param commitment "next time I will..."
 * @param reflectedAt when they wrote it
 * @param author who wrote the entry it answers
 * @param observedOn the day that entry was observed
 * @param closedAt when it stopped being open, or null while open
 * @param doneAt when its subject marked it done, or null
 * @param note what they noted when they marked it done, or null
 */
public record Commitment(Long subjectId, Long entryId, String commitment, Instant reflectedAt, String author,
		LocalDate observedOn, Instant closedAt, Instant doneAt, String note) {

	/** How long a commitment marked done is still shown with the open ones. */
	public static final int RECENTLY_DONE_DAYS = 30;

	public boolean isOpen() {
		return this.closedAt == null;
	}

	public boolean isDone() {
		return this.doneAt != null;
	}

}
