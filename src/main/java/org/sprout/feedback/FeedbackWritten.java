package org.sprout.feedback;

/**
 * An entry was written, changed or answered ({@link HistoryVersions} tells it as the
 * change is flushed and again once its transaction ended): what this instance keeps of
 * its author's and its subject's feedback is read again.
 *
 * @param authorId who wrote the entry
 * @param subjectId whom it is about
 */
public record FeedbackWritten(long authorId, long subjectId) {

}
