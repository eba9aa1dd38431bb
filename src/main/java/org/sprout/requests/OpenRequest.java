package org.sprout.requests;

/**
 * A request still waiting for its answer, as lists need it: who asked whom.
 *
 * @param id the request
 * @param requesterId who asked
 * @param recipientId who was asked
 */
public record OpenRequest(long id, long requesterId, long recipientId) {

}
