package org.sprout.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.FeedbackService;
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

/**
 * Admins set passwords and switch accounts off and on; a deactivated person cannot sign
 * in, and their history stays.
 */
@SproutTest
@Transactional
class AccountAdminTest {

	private static final String DEMO_PASSWORD = "sprout-demo";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private FeedbackService feedback;

	@Test
	void aDeactivatedPersonCannotSignInAndTheirHistoryStays() throws Exception {
		long sam = this.accounts.id("sam");
		int historyBefore = this.feedback.newestAbout(sam, 1000).size();
		this.mvc.perform(post("/admin/people/{id}/deactivate", sam).with(this.accounts.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/people/" + sam + "/edit"))
			.andExpect(flash().attribute("flashSuccess", "admin.person.deactivated"));
		assertThat(this.accounts.person("sam").isEnabled()).isFalse();
		this.mvc.perform(formLogin("/login").user("sam").password(DEMO_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/admin/people/{id}/edit", sam).with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("Deactivated")))
			.andExpect(content().string(containsString("/reactivate")));
		assertThat(historyBefore).isPositive();
		assertThat(this.feedback.newestAbout(sam, 1000)).hasSize(historyBefore);
		this.mvc.perform(get("/people/{id}/feedback", sam).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Feedback for Sam Okafor")));
		// Nothing new is written about an account that is off, and the profile says so by
		// offering nothing.
		this.mvc.perform(get("/feedback/new").param("about", String.valueOf(sam)).with(this.accounts.as("maria")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This person’s account is deactivated.")));
		this.mvc.perform(get("/people/{id}", sam).with(this.accounts.as("maria")))
			.andExpect(content().string(not(containsString("/feedback/new?about="))))
			.andExpect(content().string(not(containsString("/recognitions/new?to="))));

		this.mvc.perform(post("/admin/people/{id}/reactivate", sam).with(this.accounts.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/people/" + sam + "/edit"))
			.andExpect(flash().attribute("flashSuccess", "admin.person.reactivated"));
		this.mvc.perform(formLogin("/login").user("sam").password(DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdminSetsAPassword() throws Exception {
		long lee = this.accounts.id("lee");
		this.mvc.perform(get("/admin/people/{id}/password", lee).with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Password for Lee Chen")))
			.andExpect(content().string(containsString("autocomplete=\"new-password\"")));
		this.mvc.perform(password(lee, "orange tractor at dawn", "orange tractor at dawn"))
			.andExpect(redirectedUrl("/admin/people/" + lee + "/edit"))
			.andExpect(flash().attribute("flashSuccess", "admin.person.passwordSet"));
		assertThat(this.encoder.matches("orange tractor at dawn", this.accounts.person("lee").getPasswordHash()))
			.isTrue();
		this.mvc.perform(formLogin("/login").user("lee").password("orange tractor at dawn"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user("lee").password(DEMO_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void weakPasswordsAreRefusedWithTheReason() throws Exception {
		long lee = this.accounts.id("lee");
		String before = this.accounts.person("lee").getPasswordHash();
		this.mvc.perform(password(lee, "qwertyuiop12", "qwertyuiop12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("one of the passwords attackers try first")))
			.andExpect(content().string(not(containsString("qwertyuiop12"))));
		this.mvc.perform(password(lee, "LEE-the-engineer", "LEE-the-engineer"))
			.andExpect(content().string(containsString("Leave the username out of the password")));
		this.mvc.perform(password(lee, "too short", "too short"))
			.andExpect(content().string(containsString("Use at least 12 characters.")));
		this.mvc.perform(password(lee, "orange tractor at dawn", "orange tractor at dusk"))
			.andExpect(content().string(containsString("The two new passwords differ.")));
		this.mvc.perform(password(lee, "lee", "lee2"))
			.andExpect(content().string(containsString("The two new passwords differ.")))
			.andExpect(content().string(containsString("Use at least 12 characters.")))
			.andExpect(content().string(containsString("Leave the username out of the password")));
		this.mvc.perform(password(lee, "", ""))
			.andExpect(content().string(containsString("Choose a new password.")))
			.andExpect(content().string(containsString("Type the new password again.")));
		assertThat(this.accounts.person("lee").getPasswordHash()).isEqualTo(before);
	}

	@Test
	void unknownPeopleAreNotFound() throws Exception {
		this.mvc.perform(get("/admin/people/999999/password").with(this.accounts.as("admin")))
			.andExpect(status().isNotFound());
		this.mvc.perform(password(999999, "orange tractor at dawn", "orange tractor at dawn"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/people/999999/deactivate").with(this.accounts.as("admin")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/people/999999/reactivate").with(this.accounts.as("admin")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void adminRightsDoNotOpenFeedback() throws Exception {
		long sam = this.accounts.id("sam");
		this.mvc.perform(get("/people/{id}/feedback", sam).with(this.accounts.as("admin")))
			.andExpect(status().isNotFound());
		long entry = this.feedback.newestAbout(sam, 1).get(0).getId();
		this.mvc.perform(get("/feedback/{id}", entry).with(this.accounts.as("admin"))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder password(long personId, String password, String again) {
		return post("/admin/people/{id}/password", personId).with(this.accounts.as("admin"))
			.with(csrf())
			.param("newPassword", password)
			.param("confirmPassword", again);
	}

}
