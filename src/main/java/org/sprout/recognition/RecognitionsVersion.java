package org.sprout.recognition;

/**
 * Where the recognitions stand: how many there are and the newest one's id. Recognitions
 * are only ever added (or, in tests, removed), so any change moves it.
 *
 * @param count how many
 * @param newestId the highest id, 0 when there is none
 */
public record RecognitionsVersion(long count, long newestId) {

}
