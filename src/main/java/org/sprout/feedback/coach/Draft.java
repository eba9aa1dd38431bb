package org.sprout.feedback.coach;

import org.sprout.feedback.FeedbackKind;

/**
 * What the coach reads: the four parts of a draft as typed, and its kind. Any part may be
 * null or blank.
 *
 * @param situation when and where
 * @param behaviour what was said or done
 * @param impact what it changed
 * @param nextStep what to do next
 * @param kind reinforcing or redirecting, or null when not chosen yet
 */
public record Draft(String situation, String behaviour, String impact, String nextStep, FeedbackKind kind) {

}
