package org.sprout.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.sprout.ties.Standing;
import org.sprout.ties.Tie;

/**
 * Who may see and do what, in one place. Plain rules on plain facts: how the viewer
 * stands to a person (a {@link Standing}, from the ties module) and whether an entry is
 * shared. Controllers, services and queries ask these methods and never re-implement
 * them; lists turn {@link #readsSharedFeedbackAbout} into their where-clause.
 *
 * <ul>
 * <li>Shared feedback about X is read by X, its author, X's manager and X's current
 * mentors. A private note is read by its author only. Admin rights grant nothing
 * here.</li>
 * <li>X's manager, a current mentor of X, the sponsor of a project X leads or is a member
 * of (open, or closed in the last 30 days), anyone X asked for feedback while the request
 * is open and, when X opted in to "anyone may give me feedback", any colleague may write
 * shared feedback about X, and keep private notes about X. Writing never grants reading:
 * a writer reads what they wrote.</li>
 * </ul>
 */
public final class AccessPolicy {

	/** The ties through which a viewer reads every shared entry about a person. */
	public static final Set<Tie> READS_SHARED = Collections.unmodifiableSet(EnumSet.of(Tie.REPORT, Tie.MENTEE));

	/**
	 * The ties through which a viewer may write feedback about a person. None of those
	 * beyond {@link #READS_SHARED} lets them read it.
	 */
	public static final Set<Tie> WRITES = Collections.unmodifiableSet(EnumSet.of(Tie.REPORT, Tie.MENTEE,
			Tie.SPONSORED_LEAD, Tie.SPONSORED_MEMBER, Tie.ASKED_BY, Tie.WELCOMES_FEEDBACK));

	private AccessPolicy() {
	}

	/** Whether the viewer reads every shared entry about the person. */
	public static boolean readsSharedFeedbackAbout(Standing toSubject) {
		return toSubject.self() || toSubject.hasAny(READS_SHARED);
	}

	public static boolean canRead(long viewerId, Standing toSubject, long authorId, boolean shared) {
		if (viewerId == authorId) {
			return true;
		}
		return shared && readsSharedFeedbackAbout(toSubject);
	}

	public static boolean canGiveFeedback(Standing toSubject) {
		return !toSubject.self() && toSubject.hasAny(WRITES);
	}

	/** Private notes are allowed about anyone the viewer may give feedback to. */
	public static boolean canWrite(Standing toSubject, boolean shared) {
		return canGiveFeedback(toSubject);
	}

	/**
	 * Whether the viewer may open the person's feedback history at all: those who read it
	 * and those who write into it (who then see what they wrote).
	 */
	public static boolean canViewHistory(Standing toSubject) {
		return readsSharedFeedbackAbout(toSubject) || canGiveFeedback(toSubject);
	}

	public static boolean canEdit(long viewerId, long authorId) {
		return viewerId == authorId;
	}

	/** The coach's score and findings of an entry are its author's alone. */
	public static boolean canSeeCoaching(long viewerId, long authorId) {
		return viewerId == authorId;
	}

	/**
	 * Only the subject acknowledges or reflects on a shared entry about them, and marks
	 * the commitment they made in answer done.
	 */
	public static boolean canAnswer(long viewerId, long subjectId, boolean shared) {
		return viewerId == subjectId && shared;
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
	public static boolean canSeeProjectFeedback(long viewerId, long leadId, long sponsorId, Standing toLead) {
		return viewerId == leadId || viewerId == sponsorId || readsSharedFeedbackAbout(toLead);
	}

}
