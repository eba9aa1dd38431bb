package org.sprout.feedback;

/**
 * Reinforcing feedback says "keep doing this"; redirecting feedback says "try this
 * instead".
 */
public enum FeedbackKind {

	REINFORCING, REDIRECTING

}
