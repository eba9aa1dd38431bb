package org.sprout.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.RequestService;

/**
 * Reminds the people asked for feedback, two days before a request is due, when they have
 * not answered yet. Daily ({@code sprout.requests.reminder-cron}); each request is
 * reminded once (a unique once-key per recipient), so running it twice, or on two
 * instances, tells nobody twice. A day missed is caught up: every open request due within
 * the next two days is checked, not only those due in exactly two.
 */
@Component
class RequestReminders {

	/** How many days before the due day the reminder comes. */
	static final int DAYS_BEFORE = 2;

	private static final Logger log = LoggerFactory.getLogger(RequestReminders.class);

	private final RequestService requests;

	private final Notifications notifications;

	private final Clock clock;

	RequestReminders(RequestService requests, Notifications notifications, Clock clock) {
		this.requests = requests;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(cron = "${sprout.requests.reminder-cron:0 0 8 * * *}")
	@SchedulerLock(name = "request-reminders", lockAtLeastFor = "PT5M")
	public void daily() {
		int told = remind(LocalDate.now(this.clock));
		log.info("Request reminders: {} new notifications", told);
	}

	/**
	 * Reminds whoever has an open request due within two days of the day; how many new.
	 */
	int remind(LocalDate today) {
		List<FeedbackRequest> due = this.requests.openDueBetween(today, today.plusDays(DAYS_BEFORE));
		int told = 0;
		for (FeedbackRequest request : due) {
			if (!request.getRecipient().isEnabled()) {
				continue;
			}
			try {
				if (this.notifications
					.requestDue(request.getRecipient().getId(), request.getId(),
							request.getRequester().getDisplayName(), request.getDueOn())
					.isPresent()) {
					told++;
				}
			}
			catch (RuntimeException ex) {
				// Another instance told it at the same moment (the once-key is unique):
				// nothing is lost, the others go on.
				log.warn("Reminder for request {} failed", request.getId(), ex);
			}
		}
		return told;
	}

}
