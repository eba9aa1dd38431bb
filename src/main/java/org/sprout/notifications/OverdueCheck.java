package org.sprout.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.sprout.feedback.Growing;
import org.sprout.notifications.Notifications.OverduePerson;
import org.sprout.security.SproutUser;

/**
 * Tells managers and mentors when someone they grow becomes overdue: every day for
 * everyone, and at each sign-in for the one signing in. Overdue is decided exactly as the
 * dashboard lists it, and each overdue episode is told once (see
 * {@link Notifications#overdue}).
 */
@Component
class OverdueCheck {

	private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

	private final Growing growing;

	private final Notifications notifications;

	private final Clock clock;

	OverdueCheck(Growing growing, Notifications notifications, Clock clock) {
		this.growing = growing;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Every morning, everyone who manages, mentors or sponsors an active project. */
	@Scheduled(cron = "${sprout.notifications.overdue-cron:0 0 6 * * *}")
	@SchedulerLock(name = "overdue-check", lockAtLeastFor = "PT5M")
	public void everyone() {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> growers = this.growing.growers(today);
		int told = 0;
		for (long grower : growers) {
			told += safely(grower, today);
		}
		log.info("Overdue check: {} people who grow someone, {} new notifications", growers.size(), told);
	}

	/** On sign-in, the one who signed in: they see it as soon as they arrive. */
	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SproutUser user) {
			safely(user.getPersonId(), LocalDate.now(this.clock));
		}
	}

	/** Notifies the person of everyone they grow who is overdue; returns how many new. */
	int check(long personId, LocalDate today) {
		List<OverduePerson> overdue = this.growing.overdue(personId, today)
			.stream()
			.map((row) -> new OverduePerson(row.personId(), row.displayName(), row.dueOn(today)))
			.toList();
		return this.notifications.overdue(personId, overdue);
	}

	/**
	 * A failed check (two instances telling the same episode at once) must not stop a
	 * sign-in or the others' checks; the next check tells what this one missed.
	 */
	private int safely(long personId, LocalDate today) {
		try {
			return check(personId, today);
		}
		catch (RuntimeException ex) {
			log.warn("Overdue check for person {} failed", personId, ex);
			return 0;
		}
	}

}
