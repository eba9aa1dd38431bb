package org.sprout.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health for the load balancer is public; metrics are for admins (or a management port),
 * with Sprout's own: feedback written, sign-in failures, digests sent, export durations.
 */
@SproutTest
class MetricsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private SkillRepository skills;

	@Test
	void healthGroupsArePublicAndMetricsAreForAdmins() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/prometheus").with(this.accounts.as("maria"))).andExpect(status().isForbidden());

		double written = counter("sprout_feedback_written_total");
		double failures = counter("sprout_signin_failures_total");
		this.mvc
			.perform(post("/feedback").with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", String.valueOf(this.accounts.id("sam")))
				.param("observedOn", LocalDate.now().toString())
				.param("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()))
				.param("kind", "REINFORCING")
				.param("situation", "At the metrics review")
				.param("behaviour", "You named each number's source.")
				.param("impact", "Nobody doubted the chart.")
				.param("nextStep", "Keep naming sources.")
				.param("visibility", "SHARED"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("nobody-here").password("wrong password"));
		this.mvc.perform(get("/people/{id}/feedback.csv", this.accounts.id("sam")).with(this.accounts.as("sam")))
			.andExpect(status().isOk());

		assertThat(counter("sprout_feedback_written_total")).isEqualTo(written + 1);
		assertThat(counter("sprout_signin_failures_total")).isEqualTo(failures + 1);
		assertThat(scrape()).contains("sprout_digest_sent_total",
				"sprout_export_duration_seconds_count{format=\"csv\"");
	}

	private double counter(String name) throws Exception {
		return scrape().lines()
			.filter((line) -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private String scrape() throws Exception {
		return this.mvc.perform(get("/actuator/prometheus").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
