package org.sprout.requests;

/**
 * Published when someone asks for feedback. Listeners run in the same transaction.
 *
 * @param requestId the new request
 */
public record FeedbackRequested(long requestId) {

}
