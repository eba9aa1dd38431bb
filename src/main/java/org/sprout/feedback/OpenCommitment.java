package org.sprout.feedback;

import java.time.Instant;

/**
 * What someone promised in answer to shared feedback and has not been followed up.
 *
 * @param subjectId who promised it
 * @param entryId the entry it answers
 * @param commitment "next time I will..."
 * @param reflectedAt when they wrote it
 */
public record OpenCommitment(Long subjectId, Long entryId, String commitment, Instant reflectedAt) {

}
