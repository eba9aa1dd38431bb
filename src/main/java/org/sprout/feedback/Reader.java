package org.sprout.feedback;

import java.util.Set;

import org.sprout.ties.Tie;

/**
 * Someone who will be able to read an entry, and why.
 *
 * @param personId the reader
 * @param displayName their name
 * @param author whether they wrote it
 * @param subject whether it is about them
 * @param ties what the subject is to them (their report, their mentee)
 */
public record Reader(long personId, String displayName, boolean author, boolean subject, Set<Tie> ties) {

	/** The message that says why they read it, for the page. */
	public String reason() {
		if (this.subject) {
			return "readers.subject";
		}
		String prefix = this.author ? "readers.author" : "readers";
		boolean manager = this.ties.contains(Tie.REPORT);
		boolean mentor = this.ties.contains(Tie.MENTEE);
		if (manager && mentor) {
			return prefix + ".managerAndMentor";
		}
		if (manager) {
			return prefix + ".manager";
		}
		if (mentor) {
			return prefix + ".mentor";
		}
		// Someone who writes without reading the person's feedback (a sponsor, someone
		// asked, a colleague welcomed to give feedback) reads only what they wrote.
		return this.author ? "readers.author.writesOnly" : "readers.author";
	}

}
