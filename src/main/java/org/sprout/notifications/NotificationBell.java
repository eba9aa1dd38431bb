package org.sprout.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The unread count in the navbar of every page, asked by the layout as
 * {@code ${@bell.unread(personId)}}: one count query, and only when a page is rendered in
 * the layout (not for fragments, exports or redirects).
 */
@Component("bell")
public class NotificationBell {

	private static final Logger log = LoggerFactory.getLogger(NotificationBell.class);

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * The person's unread count, or -1 when it cannot be read: an error page must still
	 * render when the database does not answer.
	 */
	public long unread(long personId) {
		try {
			return this.notifications.unreadCount(personId);
		}
		catch (DataAccessException ex) {
			log.warn("Could not count unread notifications", ex);
			return -1;
		}
	}

}
