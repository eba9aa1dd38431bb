package org.sprout.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.Visibility;
import org.sprout.people.MentorshipRepository;
import org.sprout.projects.ProjectRepository;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Hostile values in every parameter of every route: each form field and query parameter
 * the handlers bind (read from their signatures) gets oversized, empty, wrongly typed,
 * negative, unknown-id and malformed-date values. Every answer is a page or a 4xx, never
 * a 5xx or a stack trace. POSTs without a CSRF token, or with a wrong one, are refused.
 */
@SproutTest
@Transactional
class BadInputTest {

	private static final List<String> BAD_VALUES = List.of("", "   ", "x".repeat(20_000), "-1", "0", "abc",
			"99999999999999999999", "999999", "2026-02-31", "31/12/2026", "1e9", "<script>x</script>", "\u0000", "null",
			"true", "%", "../../etc/passwd");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private org.sprout.feedback.FeedbackService feedback;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private FeedbackRequestRepository requests;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private SkillRepository skills;

	@Test
	void noBadValueInAnyParameterCausesAServerError() throws Exception {
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (var mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				String method = info.getMethodsCondition().getMethods().isEmpty() ? "GET"
						: info.getMethodsCondition().getMethods().iterator().next().name();
				String who = pattern.startsWith("/admin") ? "admin"
						: pattern.endsWith("/acknowledge") || pattern.endsWith("/reflection") ? "sam" : "maria";
				for (String parameter : parametersOf(mapping.getValue())) {
					for (String value : BAD_VALUES) {
						MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path(pattern))
							.param(parameter, value)
							.with(this.accounts.as(who));
						if (method.equals("POST")) {
							request.with(csrf());
						}
						MvcResult result = this.mvc.perform(request).andReturn();
						sent++;
						int status = result.getResponse().getStatus();
						String body = result.getResponse().getContentAsString();
						if (status >= 500 || body.contains("Exception") || body.contains("at org.")) {
							failures.add(method + " " + pattern + " " + parameter + "=" + abbreviate(value) + " -> "
									+ status);
						}
					}
				}
			}
		}
		System.out.printf("Bad input: %d requests with %d hostile values%n", sent, BAD_VALUES.size());
		assertThat(failures).isEmpty();
		assertThat(sent).isGreaterThan(500);
	}

	@Test
	void everyPostWithoutOrWithAWrongCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		long entriesBefore = this.entries.count();
		long requestsBefore = this.requests.count();
		List<String> failures = new ArrayList<>();
		for (var mapping : this.mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getKey().getMethodsCondition().getMethods().toString().contains("POST")) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (boolean wrongToken : new boolean[] { false, true }) {
					MockHttpServletRequestBuilder request = request(HttpMethod.POST, path(pattern))
						.param("about", String.valueOf(this.accounts.id("sam")))
						.param("question", "Sneaky?")
						.param("recipientIds", String.valueOf(this.accounts.id("priya")))
						.with(this.accounts.as(pattern.startsWith("/admin") ? "admin" : "maria"));
					if (wrongToken) {
						request.with(csrf().useInvalidToken());
					}
					int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
					if (status != 403) {
						failures
							.add("POST " + pattern + (wrongToken ? " (wrong token)" : " (no token)") + " -> " + status);
					}
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(this.entries.count()).isEqualTo(entriesBefore);
		assertThat(this.requests.count()).isEqualTo(requestsBefore);
	}

	/** The request parameters and form fields a handler binds. */
	private static Set<String> parametersOf(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>(List.of("page", "q"));
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam requestParam = parameter.getAnnotation(RequestParam.class);
			if (requestParam != null) {
				names.add(requestParam.name().isEmpty() ? requestParam.value() : requestParam.name());
			}
			Class<?> type = parameter.getType();
			if (parameter.getAnnotation(ModelAttribute.class) != null || type.getSimpleName().endsWith("Form")
					|| type.getSimpleName().endsWith("Filter")) {
				if (type.isRecord()) {
					for (var component : type.getRecordComponents()) {
						names.add(component.getName());
					}
				}
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						names.add(property.getName());
					}
				}
			}
		}
		return names;
	}

	/** The pattern with an existing resource of the right kind in place of {id}. */
	private String path(String pattern) {
		if (!pattern.contains("{id}")) {
			return pattern;
		}
		long sam = this.accounts.id("sam");
		String id;
		if (pattern.startsWith("/feedback/")) {
			id = String.valueOf(this.feedback.newestAbout(sam, 1).get(0).getId());
		}
		else if (pattern.startsWith("/projects/")) {
			id = String.valueOf(this.projects.projectsOf(sam).get(0).getId());
		}
		else if (pattern.startsWith("/requests/")) {
			id = String.valueOf(this.requests.findAll().get(0).getId());
		}
		else if (pattern.startsWith("/admin/mentorships/")) {
			id = String
				.valueOf(this.mentorships.currentMenteesOf(this.accounts.id("maria"), LocalDate.now()).get(0).getId());
		}
		else if (pattern.startsWith("/admin/skills/")) {
			id = String.valueOf(this.skills.findAllByOrderByPositionAsc().get(0).getId());
		}
		else {
			id = String.valueOf(sam);
		}
		return pattern.replace("{id}", id);
	}

	private static String abbreviate(String value) {
		return (value.length() > 20) ? value.substring(0, 20) + "..." : value;
	}

}
