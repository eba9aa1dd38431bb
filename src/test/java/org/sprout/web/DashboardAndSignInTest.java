package org.sprout.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.sprout.notifications.Notifications;
import org.sprout.security.LoginThrottle;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SproutTest
class DashboardAndSignInTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private LoginThrottle throttle;

	@Autowired
	private Notifications notifications;

	@Test
	void mentorSeesThePeopleSheGrowsWithTheirLastFeedback() throws Exception {
		this.mvc.perform(get("/").with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("People you grow")))
			.andExpect(content().string(containsString("Sam Okafor")))
			.andExpect(content().string(containsString("Lee Chen")))
			.andExpect(content().string(containsString("Report and mentee")))
			.andExpect(content().string(containsString("Your last feedback:")));
	}

	@Test
	void menteeSeesHisRecentFeedbackAndNoMenteeList() throws Exception {
		this.mvc.perform(get("/").with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recent feedback about you")))
			.andExpect(content().string(containsString("Maria Alvarez")))
			.andExpect(content().string(not(containsString("People you grow"))));
	}

	@Test
	void signInWithTheDemoPasswordAndSignOut() throws Exception {
		this.mvc.perform(formLogin("/login").user("maria").password("sprout-demo")).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user("maria").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nobody").password("sprout-demo"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/logout").with(this.accounts.as("maria")).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void repeatedFailuresFromOneClientMakeThatClientWaitNotTheAccountOwner() throws Exception {
		// Other tests in this context may have failed to sign in as lee.
		this.throttle.succeeded("lee", "192.0.2.44");
		RequestPostProcessor attacker = from("192.0.2.44");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signIn("lee", "guess-" + i, attacker)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(signIn("lee", "sprout-demo", attacker)).andExpect(redirectedUrlPattern("/login?locked=*"));
		this.mvc.perform(get("/login").param("locked", "3"))
			.andExpect(content().string(containsString("Too many failed sign-ins")));
		// Lee, at his own desk, is not locked out by someone else's guesses.
		this.mvc.perform(signIn("lee", "sprout-demo", from("192.0.2.80"))).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user("priya").password("sprout-demo")).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAccountTriedFromManyClientsIsToldAndOnlyThenWaitsEverywhere() throws Exception {
		this.throttle.succeeded("lee", "192.0.2.44");
		int before = unread("lee");
		for (int i = 0; i < 50; i++) {
			this.mvc.perform(signIn("lee", "guess-" + i, from("198.51.100." + i)))
				.andExpect(redirectedUrl("/login?error"));
		}
		// After ten failures Lee was told, once.
		assertThat(unread("lee")).isEqualTo(before + 1);
		assertThat(this.mvc.perform(get("/notifications").with(this.accounts.as("lee")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Someone failed to sign in as you 10 times since you last signed in.");
		// Fifty from everywhere: the account waits, even from a new client.
		this.mvc.perform(signIn("lee", "sprout-demo", from("203.0.113.9")))
			.andExpect(redirectedUrlPattern("/login?locked=*"));
		this.throttle.succeeded("lee", "203.0.113.9");
	}

	private int unread(String who) {
		return (int) this.notifications.unreadCount(this.accounts.id(who));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
		RequestPostProcessor client = (request) -> {
			request.setRemoteAddr("192.0.2.45");
			return request;
		};
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				this.mvc.perform(signIn("sam", "wrong", client)).andExpect(redirectedUrl("/login?error"));
			}
			this.mvc.perform(signIn("sam", "sprout-demo", client)).andExpect(redirectedUrl("/"));
		}
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password, RequestPostProcessor client) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(client);
	}

	@Test
	void loginPageAndHealthArePublicEverythingElseIsNot() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to Sprout")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
	}

	@Test
	void unknownPagesAnswerAFriendlyNotFound() throws Exception {
		this.mvc.perform(get("/no-such-page").with(this.accounts.as("sam"))).andExpect(status().isNotFound());
	}

}
