package org.sprout.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.sprout.feedback.Growing;
import org.sprout.feedback.GrowingRow;
import org.sprout.notifications.Notifications;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.requests.RequestService;

/**
 * The weekly e-mail: to each person with an address and something to tell, their unread
 * notifications, the people they grow who are overdue and the requests waiting for their
 * feedback. Off unless {@code sprout.digest.enabled=true} and Spring Boot's mail sender
 * is configured ({@code spring.mail.host}). It says who and when, never what feedback
 * says.
 */
@Component
class WeeklyDigest {

	/** The most notifications one e-mail lists. */
	static final int MOST = 10;

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

	private final boolean enabled;

	private final ObjectProvider<JavaMailSender> mail;

	private final DigestText text;

	private final PersonRepository people;

	private final Notifications notifications;

	private final Growing growing;

	private final RequestService requests;

	private final Clock clock;

	private final Counter sentCounter;

	WeeklyDigest(@Value("${sprout.digest.enabled:false}") boolean enabled, ObjectProvider<JavaMailSender> mail,
			DigestText text, PersonRepository people, Notifications notifications, Growing growing,
			RequestService requests, Clock clock, MeterRegistry meters) {
		this.sentCounter = Counter.builder("sprout.digest.sent")
			.description("Weekly digest e-mails sent")
			.register(meters);
		this.enabled = enabled;
		this.mail = mail;
		this.text = text;
		this.people = people;
		this.notifications = notifications;
		this.growing = growing;
		this.requests = requests;
		this.clock = clock;
	}

	/** Every week (Monday 7:00 unless {@code sprout.digest.cron} says otherwise). */
	@Scheduled(cron = "${sprout.digest.cron:0 0 7 * * MON}")
	@SchedulerLock(name = "weekly-digest", lockAtLeastFor = "PT10M")
	public void weekly() {
		sendAll();
	}

	/** Sends this week's digests; returns how many were sent. */
	int sendAll() {
		if (!this.enabled) {
			return 0;
		}
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			log.warn("sprout.digest.enabled is true but no mail sender is configured: set spring.mail.host");
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		int sent = 0;
		for (Person person : this.people.findByEnabledTrueOrderByDisplayName()) {
			if (person.getEmail() == null || person.getEmail().isBlank()) {
				continue;
			}
			Digest digest = digestOf(person, today);
			if (!digest.isWorthSending()) {
				continue;
			}
			try {
				sender.send(message(digest));
				sent++;
				this.sentCounter.increment();
			}
			catch (MailException ex) {
				log.warn("Could not send the weekly digest to person {}", person.getId(), ex);
			}
		}
		log.info("Weekly digest: {} e-mails sent", sent);
		return sent;
	}

	/** How many people this week's digest goes to (an address and something to tell). */
	int recipientsThisWeek() {
		LocalDate today = LocalDate.now(this.clock);
		return (int) this.people.findByEnabledTrueOrderByDisplayName()
			.stream()
			.filter((person) -> person.getEmail() != null && !person.getEmail().isBlank())
			.filter((person) -> digestOf(person, today).isWorthSending())
			.count();
	}

	Digest digestOf(Person person, LocalDate today) {
		long id = person.getId();
		List<GrowingRow> overdue = this.growing.overdue(id, today);
		return new Digest(person, this.notifications.unread(id, MOST), this.notifications.unreadCount(id), overdue,
				this.requests.openTo(id));
	}

	private SimpleMailMessage message(Digest digest) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.text.from());
		message.setTo(digest.person().getEmail());
		message.setSubject(this.text.subject(digest));
		message.setText(this.text.body(digest));
		return message;
	}

}
