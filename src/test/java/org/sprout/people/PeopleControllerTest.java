package org.sprout.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SproutTest
class PeopleControllerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Test
	void directoryListsAndSearchesPeople() throws Exception {
		this.mvc.perform(get("/people").with(this.accounts.as("lee")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alex Morgan")))
			.andExpect(content().string(containsString("rel=\"next\"")));
		this.mvc.perform(get("/people").param("q", "okafor").with(this.accounts.as("lee")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Okafor")))
			.andExpect(content().string(not(containsString("Priya Raman"))));
		this.mvc.perform(get("/people").param("q", "<script>alert(1)</script>").with(this.accounts.as("lee")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody matches")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		// A page past the end says so and leads back.
		this.mvc.perform(get("/people").param("page", "999").with(this.accounts.as("lee")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 999: the list has 3 pages.")))
			.andExpect(content().string(containsString("Go to the last page")));
		// Wildcards typed into the search are letters: "%" does not list everyone.
		for (String wildcard : new String[] { "%", "_", "\\", "%a%" }) {
			this.mvc.perform(get("/people").param("q", wildcard).with(this.accounts.as("lee")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nobody matches")));
		}
	}

	@Test
	void profileShowsRelationsAndOnlyTheActionsAllowed() throws Exception {
		long sam = this.accounts.id("sam");
		this.mvc.perform(get("/people/{id}", sam).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Okafor")))
			.andExpect(content().string(containsString("Maria Alvarez")))
			.andExpect(content().string(containsString("Onboarding revamp")))
			.andExpect(content().string(containsString("/feedback/new?about=" + sam)));
		this.mvc.perform(get("/people/{id}", sam).with(this.accounts.as("priya")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/feedback/new?about="))))
			.andExpect(content().string(not(containsString("Feedback history"))));
	}

	@Test
	void unknownPersonIsNotFound() throws Exception {
		this.mvc.perform(get("/people/999999").with(this.accounts.as("maria")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Back to the dashboard")));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/people")).andExpect(status().is3xxRedirection());
	}

}
