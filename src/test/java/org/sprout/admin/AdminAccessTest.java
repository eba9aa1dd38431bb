package org.sprout.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.sprout.people.MentorshipRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only admins reach /admin: every route answers 403 to other people and sends anonymous
 * visitors to sign in. The list of routes is checked against the application's, so a new
 * admin route cannot be left out.
 */
@SproutTest
@Transactional
class AdminAccessTest {

	private static final List<String> ROUTES = List.of("GET /admin", "GET /admin/people", "GET /admin/people/new",
			"POST /admin/people", "GET /admin/people/{id}/edit", "POST /admin/people/{id}",
			"GET /admin/people/{id}/password", "POST /admin/people/{id}/password", "POST /admin/people/{id}/deactivate",
			"POST /admin/people/{id}/reactivate", "GET /admin/mentorships", "GET /admin/mentorships/new",
			"POST /admin/mentorships", "GET /admin/mentorships/{id}/edit", "POST /admin/mentorships/{id}",
			"POST /admin/mentorships/{id}/end", "GET /admin/skills", "GET /admin/skills/new", "POST /admin/skills",
			"GET /admin/skills/{id}/edit", "POST /admin/skills/{id}", "POST /admin/skills/{id}/up",
			"POST /admin/skills/{id}/down", "POST /admin/skills/{id}/retire", "POST /admin/skills/{id}/unretire");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private SkillRepository skills;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void theListHoldsEveryAdminRoute() {
		Set<String> actual = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> info.getPatternValues().forEach((pattern) -> {
			if (pattern.startsWith("/admin")) {
				info.getMethodsCondition().getMethods().forEach((method) -> actual.add(method + " " + pattern));
			}
		}));
		assertThat(actual).containsExactlyInAnyOrderElementsOf(ROUTES);
	}

	@Test
	void peopleWhoAreNotAdminsAreRefusedEverywhere() throws Exception {
		for (String user : List.of("maria", "sam")) {
			for (String route : ROUTES) {
				this.mvc.perform(route(route).with(this.accounts.as(user)).with(csrf()))
					.andExpect(status().isForbidden());
			}
		}
		assertThat(this.accounts.person("maria").isEnabled()).isTrue();
		assertThat(this.skills.findByRetiredFalseOrderByPositionAsc()).hasSize(7);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String route : ROUTES) {
			this.mvc.perform(route(route).with(csrf())).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void adminsSeeTheOverview() throws Exception {
		this.mvc.perform(get("/admin").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Administration")))
			.andExpect(content().string(containsString("href=\"/admin/people\"")))
			.andExpect(content().string(containsString("href=\"/admin/mentorships\"")))
			.andExpect(content().string(containsString("href=\"/admin/skills\"")));
	}

	/** A request for the route, with real ids of existing records and harmless values. */
	private MockHttpServletRequestBuilder route(String route) {
		String[] parts = route.split(" ");
		long sam = this.accounts.id("sam");
		long mentorship = this.mentorships.currentMentorsOf(sam, LocalDate.now()).get(0).getId();
		long skill = this.skills.findAllByOrderByPositionAsc().get(1).getId();
		String path = parts[1].replace("/people/{id}", "/people/" + sam)
			.replace("/mentorships/{id}", "/mentorships/" + mentorship)
			.replace("/skills/{id}", "/skills/" + skill);
		return request(HttpMethod.valueOf(parts[0]), path).param("displayName", "Changed")
			.param("username", "changed")
			.param("name", "Changed")
			.param("cadenceDays", "3")
			.param("newPassword", "a long enough password")
			.param("confirmPassword", "a long enough password");
	}

}
