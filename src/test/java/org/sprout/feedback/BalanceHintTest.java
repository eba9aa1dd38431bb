package org.sprout.feedback;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coach panel on the form tells a writer whose recent shared feedback is almost all
 * one kind; private notes do not count.
 */
@SproutTest
@Transactional
class BalanceHintTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private SkillRepository skills;

	@Test
	void tenRedirectingEntriesDrawARedirectingHintAndTenReinforcingOnesTheOther() throws Exception {
		for (int i = 0; i < 10; i++) {
			give("REDIRECTING", "SHARED");
		}
		assertThat(balanceHint()).isEqualTo("Balance: 10 of your last 10 shared entries were redirecting. "
				+ "Say also what goes well: reinforcing feedback tells people what to keep doing.");
		for (int i = 0; i < 10; i++) {
			give("REINFORCING", "PRIVATE_NOTE");
		}
		assertThat(balanceHint()).contains("10 of your last 10 shared entries were redirecting");
		for (int i = 0; i < 8; i++) {
			give("REINFORCING", "SHARED");
		}
		assertThat(balanceHint()).startsWith("Balance: 8 of your last 10 shared entries were reinforcing.");
		// The newest ten are now 3 redirecting and 7 reinforcing: balanced enough.
		for (int i = 0; i < 3; i++) {
			give("REDIRECTING", "SHARED");
		}
		assertThat(balanceHint()).isNull();
	}

	private String balanceHint() throws Exception {
		Document form = Jsoup.parse(this.mvc
			.perform(get("/feedback/new").param("about", String.valueOf(this.accounts.id("sam")))
				.with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var hint = form.selectFirst(".coach-panel .coach-balance");
		return (hint != null) ? hint.text() : null;
	}

	private void give(String kind, String visibility) throws Exception {
		this.mvc
			.perform(post("/feedback").with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", String.valueOf(this.accounts.id("sam")))
				.param("observedOn", LocalDate.now().toString())
				.param("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()))
				.param("kind", kind)
				.param("situation", "In Tuesday's planning meeting")
				.param("behaviour", "You asked for objections first.")
				.param("impact", "Two concerns came up early.")
				.param("nextStep", "Keep asking before you summarise.")
				.param("visibility", visibility))
			.andExpect(status().is3xxRedirection());
	}

}
