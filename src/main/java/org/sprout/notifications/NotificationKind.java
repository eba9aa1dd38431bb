package org.sprout.notifications;

/**
 * What a notification tells its recipient, and where it leads.
 */
public enum NotificationKind {

	/** Shared feedback about the recipient was saved; the target is the entry. */
	NEW_FEEDBACK,

	/** The subject reflected on the recipient's feedback; the target is the entry. */
	REFLECTION,

	/** Someone asked the recipient for feedback; the target is the request. */
	REQUEST,

	/**
	 * A person the recipient manages or mentors is past the agreed cadence; the target is
	 * that person.
	 */
	MENTEE_OVERDUE,

	/**
	 * Someone recognised the recipient's expert or referent power; the target is the
	 * recipient.
	 */
	RECOGNITION,

	/**
	 * The recipient's project was closed; their retrospective is due. Target: the
	 * project.
	 */
	RETROSPECTIVE_DUE,

	/**
	 * The project the recipient sponsors was closed; closing feedback is due. Target: the
	 * project.
	 */
	CLOSING_FEEDBACK_DUE,

	/**
	 * Someone failed to sign in as the recipient many times; the target is the recipient,
	 * the detail how many times. It leads to changing their password.
	 */
	ACCOUNT_TARGETED,

	/**
	 * The subject marked their commitment on an entry done; told to the others who read
	 * the entry (its author, the subject's manager and mentors). Target: the entry.
	 */
	COMMITMENT_DONE,

	/**
	 * The author changed an entry about the recipient after they acknowledged or answered
	 * it. It leads to the entry's versions. Target: the entry.
	 */
	FEEDBACK_EDITED,

	/**
	 * A request to the recipient is due in two days and they have not answered it yet;
	 * the detail is the day it is due. Target: the request.
	 */
	REQUEST_DUE;

	/** The page the notification opens, for its target id. */
	public String link(long targetId) {
		return switch (this) {
			case NEW_FEEDBACK, REFLECTION -> "/feedback/" + targetId;
			case REQUEST, REQUEST_DUE -> "/requests#request-" + targetId;
			case MENTEE_OVERDUE -> "/feedback/new?about=" + targetId;
			case RECOGNITION -> "/people/" + targetId + "#recognitions";
			case RETROSPECTIVE_DUE -> "/projects/" + targetId + "#retrospective-form";
			case CLOSING_FEEDBACK_DUE -> "/projects/" + targetId;
			case ACCOUNT_TARGETED -> "/account/password";
			case COMMITMENT_DONE -> "/feedback/" + targetId + "#answer";
			case FEEDBACK_EDITED -> "/feedback/" + targetId + "/revisions";
		};
	}

}
