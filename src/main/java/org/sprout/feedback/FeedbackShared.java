package org.sprout.feedback;

/**
 * Published when shared feedback is saved: a new shared entry, or a private note that
 * became shared. Listeners run in the same transaction.
 *
 * @param entryId the entry now shared
 */
public record FeedbackShared(long entryId) {

}
