package org.sprout.admin;

/**
 * Someone saved the record after the editor loaded it: saving now would silently undo
 * their change, so the save is refused.
 */
class StaleEditException extends RuntimeException {

	StaleEditException() {
		super("Edited a stale version");
	}

}
