package org.sprout.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.PersonRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.web.Formats;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;

/**
 * A person's notifications: creating each one once, listing them newest first, marking
 * them read. Only the recipient sees or marks a notification; anyone else gets 404.
 */
@Service
@Transactional
public class Notifications {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final NotificationRepository notifications;

	private final PersonRepository people;

	private final Formats formats;

	private final Clock clock;

	Notifications(NotificationRepository notifications, PersonRepository people, Formats formats, Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.formats = formats;
		this.clock = clock;
	}

	/**
	 * Notifies the recipient unless they were already notified under the same key;
	 * returns the new notification, or empty when there was one already.
	 */
	public Optional<Notification> notifyOnce(long recipientId, NotificationKind kind, long targetId, String actorName,
			String detail, String onceKey) {
		if (!this.notifications.knownKeys(recipientId, List.of(onceKey)).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.notifications.save(new Notification(this.people.getReferenceById(recipientId), kind,
				targetId, actorName, detail, onceKey, this.clock.instant())));
	}

	/**
	 * Tells the recipient about each person they grow who is overdue, once per overdue
	 * episode: an episode is known by the day feedback fell due, which stays the same
	 * until new feedback (or a new cadence) sets another. Returns how many were new.
	 */
	public int overdue(long recipientId, List<OverduePerson> overdue) {
		if (overdue.isEmpty()) {
			return 0;
		}
		Set<String> known = new HashSet<>(
				this.notifications.knownKeys(recipientId, overdue.stream().map(OverduePerson::onceKey).toList()));
		int created = 0;
		for (OverduePerson person : overdue) {
			if (known.add(person.onceKey())) {
				this.notifications.save(new Notification(this.people.getReferenceById(recipientId),
						NotificationKind.MENTEE_OVERDUE, person.personId(), person.name(),
						this.formats.date(person.dueOn()), person.onceKey(), this.clock.instant()));
				created++;
			}
		}
		return created;
	}

	/**
	 * Reminds the one asked that a request is due on the day and still waits for them;
	 * once per request, however often it is checked.
	 */
	public Optional<Notification> requestDue(long recipientId, long requestId, String requesterName, LocalDate dueOn) {
		return notifyOnce(recipientId, NotificationKind.REQUEST_DUE, requestId, requesterName, this.formats.date(dueOn),
				"request-due:" + requestId);
	}

	@Transactional(readOnly = true)
	public long unreadCount(long personId) {
		return this.notifications.countUnread(personId);
	}

	/** A page of the person's notifications, newest first. */
	@Transactional(readOnly = true)
	public Page<Notification> of(long personId, Integer page) {
		return this.notifications.findForRecipient(personId, Paging.page(page, NEWEST_FIRST));
	}

	/** The person's newest unread notifications, at most so many. */
	@Transactional(readOnly = true)
	public List<Notification> unread(long personId, int most) {
		return this.notifications.unread(personId, org.springframework.data.domain.PageRequest.of(0, most));
	}

	/** One of the viewer's notifications; 404 for anyone else's. */
	@Transactional(readOnly = true)
	public Notification find(long viewerId, long notificationId) {
		return this.notifications.findById(notificationId)
			.filter((n) -> AccessPolicy.canSeeNotification(viewerId, n.getRecipient().getId()))
			.orElseThrow(NotFoundException::new);
	}

	/** Marks one of the viewer's notifications read; 404 for anyone else's. */
	public Notification markRead(long viewerId, long notificationId) {
		Notification notification = find(viewerId, notificationId);
		notification.markRead(this.clock.instant());
		return notification;
	}

	/**
	 * Feedback reached someone the recipient grows: the overdue notifications about them
	 * have done their job.
	 */
	public int settleOverdue(long recipientId, long personId) {
		return this.notifications.settleOverdue(recipientId, personId, this.clock.instant());
	}

	/**
	 * What a notification of this kind asked the recipient to do about the target is
	 * done: it is marked read. Returns how many were unread.
	 */
	public int settle(long recipientId, NotificationKind kind, long targetId) {
		List<Notification> unread = this.notifications.unreadAbout(recipientId, kind, targetId);
		unread.forEach((notification) -> notification.markRead(this.clock.instant()));
		return unread.size();
	}

	/** Marks all the viewer's notifications read; returns how many were unread. */
	public int markAllRead(long viewerId) {
		return this.notifications.markAllRead(viewerId, this.clock.instant());
	}

	/**
	 * Someone the recipient grows who is past the agreed cadence.
	 *
	 * @param personId who is overdue
	 * @param name their name, as the notification shows it
	 * @param dueOn the day feedback fell due
	 */
	public record OverduePerson(long personId, String name, LocalDate dueOn) {

		String onceKey() {
			return "overdue:" + this.personId + ":" + this.dueOn;
		}

	}

}
