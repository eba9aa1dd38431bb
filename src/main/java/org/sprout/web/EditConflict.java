package org.sprout.web;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone saved a newer version of what is being edited since the form was opened: the
 * one way a stale edit is refused. The controller shows the form again on the newer
 * version, with what was typed, so nothing is lost and nothing is overwritten unseen.
 */
public class EditConflict extends RuntimeException {

	public EditConflict() {
		super("edited meanwhile", null, false, false);
	}

	/** Refuses an edit begun on another version than the current one. */
	public static void check(Long versionEdited, long currentVersion) {
		if (versionEdited == null || versionEdited != currentVersion) {
			throw new EditConflict();
		}
	}

	/**
	 * Runs a flush, turning the persistence layer's own optimistic-lock failure (someone
	 * saved between the check and the write) into the same refusal.
	 */
	public static void flushing(Runnable flush) {
		try {
			flush.run();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflict();
		}
	}

}
