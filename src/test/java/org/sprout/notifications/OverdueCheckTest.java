package org.sprout.notifications;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.Growing;
import org.sprout.feedback.GrowingRow;
import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.web.Formats;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Someone a manager or mentor grows becoming overdue is told once per overdue episode,
 * whether the daily check or a sign-in finds it first.
 */
@SproutTest
@Transactional
class OverdueCheckTest {

	@Autowired
	private OverdueCheck check;

	@Autowired
	private Growing growing;

	@Autowired
	private Notifications notifications;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private Formats formats;

	@Test
	void eachOverdueEpisodeIsToldOnceByTheDailyCheckOrASignIn() throws Exception {
		long maria = this.accounts.id("maria");
		// Two months from now, everyone Maria grows is overdue.
		LocalDate later = LocalDate.now().plusMonths(2);
		List<GrowingRow> overdue = this.growing.overdue(maria, later);
		assertThat(overdue).isNotEmpty();
		int first = this.check.check(maria, later);
		int second = this.check.check(maria, later);
		this.check.everyone();
		assertThat(second).isZero();

		List<Notification> told = this.notifications.of(maria, 1)
			.getContent()
			.stream()
			.filter((n) -> n.getKind() == NotificationKind.MENTEE_OVERDUE)
			.toList();
		assertThat(told).extracting(Notification::getTargetId)
			.containsAll(overdue.stream().map(GrowingRow::personId).toList());
		assertThat(told).extracting(Notification::getLink).contains("/feedback/new?about=" + this.accounts.id("sam"));
		assertThat(first).isPositive();

		// Signing in checks again and finds nothing new.
		long unread = this.notifications.unreadCount(maria);
		this.mvc.perform(formLogin("/login").user("maria").password("sprout-demo")).andExpect(redirectedUrl("/"));
		assertThat(this.notifications.unreadCount(maria)).isGreaterThanOrEqualTo(unread);
		assertThat(this.check.check(maria, later)).isZero();
	}

	@Test
	void signingInTellsWhoBecameOverdue() throws Exception {
		long maria = this.accounts.id("maria");
		Mentorship mentorship = new Mentorship(this.accounts.person("maria"), this.accounts.person("priya"),
				LocalDate.now().minusDays(30));
		this.mentorships.saveAndFlush(mentorship);
		this.mvc.perform(formLogin("/login").user("maria").password("sprout-demo")).andExpect(redirectedUrl("/"));
		List<Notification> told = this.notifications.of(maria, 1)
			.getContent()
			.stream()
			.filter((n) -> n.getTargetId() == this.accounts.id("priya"))
			.toList();
		assertThat(told).singleElement().satisfies((n) -> {
			assertThat(n.getKind()).isEqualTo(NotificationKind.MENTEE_OVERDUE);
			assertThat(n.getActorName()).isEqualTo("Priya Raman");
			assertThat(n.getDetail()).isEqualTo(this.formats.date(LocalDate.now().minusDays(30 - 14)));
		});
		this.mvc.perform(formLogin("/login").user("maria").password("sprout-demo")).andExpect(redirectedUrl("/"));
		assertThat(this.check.check(maria, LocalDate.now())).isZero();
	}

}
