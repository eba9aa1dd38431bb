package org.sprout.security;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SproutTest
@Transactional
class AccountPasswordTest {

	private static final String DEMO_PASSWORD = "sprout-demo";

	private static final String NEW_PASSWORD = "blue kettle on the hill";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private EntityManager entityManager;

	@Test
	void everyoneReachesThePageFromTheNavbar() throws Exception {
		this.mvc.perform(get("/").with(this.accounts.as("sam")))
			.andExpect(content().string(containsString("href=\"/account/password\"")))
			.andExpect(content().string(not(containsString("href=\"/admin\""))));
		this.mvc.perform(get("/").with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("href=\"/admin\"")));
		this.mvc.perform(get("/account/password").with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change your password")))
			.andExpect(content().string(containsString("autocomplete=\"current-password\"")))
			.andExpect(content().string(containsString("At least 12 characters")));
	}

	@Test
	void samChangesHisPasswordAndSignsInWithIt() throws Exception {
		this.mvc.perform(change("sam", DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flashSuccess", "account.password.changed"));
		assertThat(this.encoder.matches(NEW_PASSWORD, this.accounts.person("sam").getPasswordHash())).isTrue();
		assertThat(this.accounts.person("sam").getPasswordHash()).startsWith("{bcrypt}");
		this.mvc.perform(formLogin("/login").user("sam").password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user("sam").password(DEMO_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aWrongCurrentPasswordIsRefused() throws Exception {
		String before = this.accounts.person("sam").getPasswordHash();
		this.mvc.perform(change("sam", "not-my-password", NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That is not your current password.")))
			.andExpect(content().string(not(containsString(NEW_PASSWORD))))
			.andExpect(content().string(not(containsString("not-my-password"))));
		assertThat(this.accounts.person("sam").getPasswordHash()).isEqualTo(before);
	}

	@Test
	void badNewPasswordsComeBackWithMessagesNextToTheField() throws Exception {
		String before = this.accounts.person("sam").getPasswordHash();
		this.mvc.perform(change("sam", DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirmPassword-error\"")))
			.andExpect(content().string(containsString("The two new passwords differ.")));
		this.mvc.perform(change("sam", DEMO_PASSWORD, "Password1234", "Password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"newPassword-error\"")))
			.andExpect(content().string(containsString("one of the passwords attackers try first")));
		this.mvc.perform(change("sam", DEMO_PASSWORD, "sam-is-short", "sam-is-short"))
			.andExpect(content().string(containsString("Leave the username out of the password")));
		this.mvc.perform(change("sam", DEMO_PASSWORD, "short", "short"))
			.andExpect(content().string(containsString("Use at least 12 characters.")));
		String tooLong = "x".repeat(73);
		this.mvc.perform(change("sam", DEMO_PASSWORD, tooLong, tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("too long to store safely")));
		this.mvc.perform(change("sam", "wrong-password", "short", "shorter"))
			.andExpect(content().string(containsString("That is not your current password.")))
			.andExpect(content().string(containsString("Use at least 12 characters.")))
			.andExpect(content().string(containsString("The two new passwords differ.")));
		this.mvc.perform(change("sam", DEMO_PASSWORD, "sprout-demo", "sprout-demo"))
			.andExpect(content().string(containsString("Use at least 12 characters.")));
		// Only after the current password is confirmed is the new one compared with it.
		this.entityManager.find(Person.class, this.accounts.id("sam"))
			.setPasswordHash(this.encoder.encode(NEW_PASSWORD));
		this.mvc.perform(change("sam", "wrong-password", NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(content().string(not(containsString("That is your current password."))));
		this.mvc.perform(change("sam", NEW_PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(content().string(containsString("That is your current password.")));
		this.entityManager.find(Person.class, this.accounts.id("sam")).setPasswordHash(before);
		this.mvc.perform(change("sam", "", "", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your current password.")))
			.andExpect(content().string(containsString("Choose a new password.")));
		assertThat(this.accounts.person("sam").getPasswordHash()).isEqualTo(before);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/account/password").with(csrf()).param("currentPassword", DEMO_PASSWORD))
			.andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletRequestBuilder change(String user, String current, String next, String again) {
		return post("/account/password").with(this.accounts.as(user))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", again);
	}

}
