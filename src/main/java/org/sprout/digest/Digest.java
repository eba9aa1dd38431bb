package org.sprout.digest;

import java.util.List;

import org.sprout.feedback.GrowingRow;
import org.sprout.notifications.Notification;
import org.sprout.people.Person;
import org.sprout.requests.FeedbackRequest;

/**
 * What one person's weekly e-mail tells: what is new for them and what waits for them.
 *
 * @param person the recipient
 * @param unread their newest unread notifications, at most {@value WeeklyDigest#MOST}
 * @param unreadCount how many unread notifications they have in all
 * @param overdue the people they grow who are past the agreed cadence
 * @param openRequests the open requests for feedback to them
 */
record Digest(Person person, List<Notification> unread, long unreadCount, List<GrowingRow> overdue,
		List<FeedbackRequest> openRequests) {

	/** A digest is sent only when it has something to tell. */
	boolean isWorthSending() {
		return this.unreadCount > 0 || !this.overdue.isEmpty() || !this.openRequests.isEmpty();
	}

}
