package org.sprout.recognition;

/**
 * The two kinds of power a person gathers without a position (French and Raven): others
 * rely on their mastery, or follow and trust them.
 */
public enum Power {

	/** "I relied on them for …" */
	EXPERT,

	/** "I followed their lead / trust them on …" */
	REFERENT

}
