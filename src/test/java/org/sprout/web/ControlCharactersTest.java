package org.sprout.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.sprout.feedback.FeedbackRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.FeedbackSteps;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invisible control characters (a NUL pasted from a broken document, say) never reach the
 * database: PostgreSQL refuses to store a NUL, so a search, a sign-in or a form holding
 * one would fail there. They are taken out of what was sent; the rest is kept.
 */
@SproutTest
class ControlCharactersTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackSteps steps;

	@Autowired
	private FeedbackRepository entries;

	@Test
	void feedbackWithANulIsSavedWithoutIt() throws Exception {
		long id = this.steps.give("maria", "sam", "behaviour", "You asked\u0000 each person first.\u0007", "impact",
				"Line one.\nLine two.\tTabbed.");
		var entry = this.entries.findById(id).orElseThrow();
		assertThat(entry.getBehaviour()).isEqualTo("You asked each person first.");
		assertThat(entry.getImpact()).isEqualTo("Line one.\nLine two.\tTabbed.");
	}

	@Test
	void searchesWithANulAnswerAsWithout() throws Exception {
		this.mvc.perform(get("/people").param("q", "Okafor\u0000").with(this.accounts.as("maria")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/people").param("q", "\u0000").with(this.accounts.as("admin")))
			.andExpect(status().isOk());
	}

	@Test
	void signingInWithANulIsAnOrdinaryFailure() throws Exception {
		this.mvc.perform(post("/login").param("username", "maria\u0000x").param("password", "sprout-demo").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?error"));
	}

}
