package org.sprout.feedback;

/**
 * Shared feedback is read by its subject and the people who grow them; a private note
 * only by its author.
 */
public enum Visibility {

	SHARED, PRIVATE_NOTE

}
