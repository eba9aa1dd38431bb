package org.sprout.feedback;

/**
 * Published when the subject of an entry saves a reflection on it. Listeners run in the
 * same transaction.
 *
 * @param entryId the entry reflected on
 */
public record ReflectionWritten(long entryId) {

}
