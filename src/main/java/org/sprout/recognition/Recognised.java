package org.sprout.recognition;

/**
 * Published when someone recognises a person. Listeners run in the same transaction.
 *
 * @param recognitionId the new recognition
 */
public record Recognised(long recognitionId) {

}
