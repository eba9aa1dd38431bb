package org.sprout.security;

import org.sprout.feedback.Visibility;

/**
 * Who may see and do what, in one place. Plain rules on plain facts: controllers and
 * queries ask these methods and never re-implement them.
 *
 * <ul>
 * <li>Shared feedback about X is read by X, its author, X's manager and X's current
 * mentors. A private note is read by its author only. Admin rights grant nothing
 * here.</li>
 * <li>X's manager, a current mentor of X, or the sponsor of an open project X is on may
 * write shared feedback about X, and keep private notes about X. So may anyone X has
 * asked for feedback while the request is open: the request is the permission.</li>
 * </ul>
 */
public final class AccessPolicy {

	private AccessPolicy() {
	}

	/** Whether the viewer reads every shared entry about the person. */
	public static boolean readsSharedFeedbackAbout(Relation toSubject) {
		return toSubject.self() || toSubject.manager() || toSubject.mentor();
	}

	public static boolean canRead(long viewerId, Relation toSubject, long authorId, Visibility visibility) {
		if (viewerId == authorId) {
			return true;
		}
		return visibility == Visibility.SHARED && readsSharedFeedbackAbout(toSubject);
	}

	public static boolean canGiveFeedback(Relation toSubject) {
		return !toSubject.self()
				&& (toSubject.manager() || toSubject.mentor() || toSubject.sponsor() || toSubject.askedByThem());
	}

	public static boolean canWrite(Relation toSubject, Visibility visibility) {
		// Private notes are allowed about anyone the viewer may give feedback to.
		return canGiveFeedback(toSubject);
	}

	/**
	 * Whether the viewer may open the person's feedback history at all: those who read it
	 * and those who write into it (who then see what they wrote).
	 */
	public static boolean canViewHistory(Relation toSubject) {
		return readsSharedFeedbackAbout(toSubject) || canGiveFeedback(toSubject);
	}

	public static boolean canEdit(long viewerId, long authorId) {
		return viewerId == authorId;
	}

	/** The coach's score and findings of an entry are its author's alone. */
	public static boolean canSeeCoaching(long viewerId, long authorId) {
		return viewerId == authorId;
	}

	/** Only the subject acknowledges or reflects on an entry about them. */
	public static boolean canAnswer(long viewerId, long subjectId, Visibility visibility) {
		return viewerId == subjectId && visibility == Visibility.SHARED;
	}

	/** A feedback request is seen by the one who asked and the one asked, nobody else. */
	public static boolean canSeeRequest(long viewerId, long requesterId, long recipientId) {
		return viewerId == requesterId || viewerId == recipientId;
	}

	/** Only the one asked answers or declines a request, and only while it is open. */
	public static boolean canAnswerRequest(long viewerId, long recipientId, boolean open) {
		return open && viewerId == recipientId;
	}

	/** Anyone may ask anyone else for feedback. */
	public static boolean canRequestFeedback(long viewerId, long recipientId) {
		return viewerId != recipientId;
	}

	/** A notification is seen, and marked read, by its recipient only. */
	public static boolean canSeeNotification(long viewerId, long recipientId) {
		return viewerId == recipientId;
	}

	/**
	 * Mentors, managers and admins start projects: they can back the person leading it.
	 */
	public static boolean canCreateProject(boolean admin, boolean growsSomeone) {
		return admin || growsSomeone;
	}

	/** Anyone may recognise anyone else; nobody recognises themselves. */
	public static boolean canRecognise(long giverId, long receiverId) {
		return giverId != receiverId;
	}

	/**
	 * The leaders board is for those who can act on it: admins, and people who grow
	 * someone (managers and mentors), who can offer a project.
	 */
	public static boolean canSeeLeaders(boolean admin, boolean growsSomeone) {
		return admin || growsSomeone;
	}

	/**
	 * A person's emergence score is theirs to see, and seen by those who see the board.
	 */
	public static boolean canSeeEmergenceOf(long viewerId, long personId, boolean seesLeaders) {
		return viewerId == personId || seesLeaders;
	}

	/**
	 * Only the sponsor or the lead moves a project from PLANNED to ACTIVE to DONE.
	 */
	public static boolean canSteerProject(long viewerId, long leadId, long sponsorId) {
		return viewerId == leadId || viewerId == sponsorId;
	}

	/** The retrospective is the lead's: what they learned about leading. */
	public static boolean canWriteRetrospective(long viewerId, long leadId) {
		return viewerId == leadId;
	}

	/**
	 * How much feedback a project's lead got on it, and when last, is about the lead:
	 * seen by the lead, the sponsor (who is due to give it) and those who read the lead's
	 * shared feedback.
	 */
	public static boolean canSeeProjectFeedback(long viewerId, long leadId, long sponsorId, Relation toLead) {
		return viewerId == leadId || viewerId == sponsorId || readsSharedFeedbackAbout(toLead);
	}

}
