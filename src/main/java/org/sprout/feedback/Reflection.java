package org.sprout.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What someone wrote in answer to shared feedback, as a list shows it: their reflection
 * and the commitment it holds, with the entry it answers.
 *
 * @param entryId the entry it answers
 * @param subjectId who wrote the reflection (the entry's subject)
 * @param subjectName their name
 * @param authorId who wrote the entry
 * @param authorName their name
 * @param observedOn the day the entry was observed
 * @param reflection what they took from it
 * @param reflectedAt when they wrote it
 * @param commitment "next time I will...", or null
 */
public record Reflection(long entryId, long subjectId, String subjectName, long authorId, String authorName,
		LocalDate observedOn, String reflection, Instant reflectedAt, String commitment) {

}
