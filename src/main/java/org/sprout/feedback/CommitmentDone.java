package org.sprout.feedback;

/**
 * Published when the subject of an entry marks their commitment on it done. Listeners run
 * in the same transaction.
 *
 * @param entryId the entry whose commitment is done
 */
public record CommitmentDone(long entryId) {

}
