package org.sprout.notifications;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminder of requests due in two days: to each one asked who has not answered,
 * once per request however often it runs, and never for a request answered, declined,
 * long past or further off.
 */
@SproutTest
@Transactional
class RequestRemindersTest {

	private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);

	@Autowired
	private RequestReminders reminders;

	@Autowired
	private FeedbackRequestRepository requests;

	@Autowired
	private NotificationRepository notifications;

	@Autowired
	private DemoAccounts accounts;

	@Test
	void whoeverHasNotAnsweredIsRemindedTwoDaysBeforeOnceHoweverOftenItRuns() {
		FeedbackRequest inTwoDays = ask("sam", "priya", TODAY.plusDays(2));
		FeedbackRequest tomorrow = ask("sam", "lee", TODAY.plusDays(1));
		FeedbackRequest inThreeDays = ask("sam", "maria", TODAY.plusDays(3));
		FeedbackRequest yesterday = ask("lee", "priya", TODAY.minusDays(1));
		FeedbackRequest declined = ask("lee", "maria", TODAY.plusDays(2));
		declined.decline("Not now");
		FeedbackRequest noDay = ask("lee", "sam", null);
		this.requests.flush();

		assertThat(this.reminders.remind(TODAY)).isEqualTo(2);
		assertThat(this.reminders.remind(TODAY)).isZero();
		assertThat(this.reminders.remind(TODAY.plusDays(1))).isEqualTo(1);

		assertThat(reminded(inTwoDays)).singleElement().satisfies((n) -> {
			assertThat(n.getRecipient().getId()).isEqualTo(this.accounts.id("priya"));
			assertThat(n.getActorName()).isEqualTo("Sam Okafor");
			assertThat(n.getDetail()).isEqualTo("12 Mar 2031");
			assertThat(n.getLink()).isEqualTo("/requests#request-" + inTwoDays.getId());
		});
		assertThat(reminded(tomorrow)).hasSize(1);
		// Two days before its day, on the next run.
		assertThat(reminded(inThreeDays)).hasSize(1);
		for (FeedbackRequest none : List.of(yesterday, declined, noDay)) {
			assertThat(reminded(none)).isEmpty();
		}
	}

	@Test
	void someoneWhoseAccountIsOffIsNotReminded() {
		Person lee = this.accounts.person("lee");
		lee.setEnabled(false);
		FeedbackRequest toLee = ask("sam", "lee", TODAY.plusDays(2));
		this.requests.flush();
		assertThat(this.reminders.remind(TODAY)).isZero();
		assertThat(reminded(toLee)).isEmpty();
	}

	private List<Notification> reminded(FeedbackRequest request) {
		return this.notifications.findAll()
			.stream()
			.filter((n) -> n.getKind() == NotificationKind.REQUEST_DUE && n.getTargetId() == request.getId())
			.toList();
	}

	private FeedbackRequest ask(String requester, String recipient, LocalDate due) {
		FeedbackRequest request = new FeedbackRequest(this.accounts.person(requester), this.accounts.person(recipient),
				"Due soon?");
		request.setDueOn(due);
		return this.requests.save(request);
	}

}
