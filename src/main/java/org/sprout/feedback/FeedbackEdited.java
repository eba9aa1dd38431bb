package org.sprout.feedback;

/**
 * Published when the author changes what a shared entry says after its subject
 * acknowledged or answered it: they read an earlier version. Listeners run in the same
 * transaction.
 *
 * @param entryId the entry changed
 */
public record FeedbackEdited(long entryId) {

}
