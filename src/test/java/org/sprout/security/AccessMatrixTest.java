package org.sprout.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.Visibility;
import org.sprout.notifications.NotificationKind;
import org.sprout.notifications.Notifications;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.projects.ProjectStatus;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application serves, read from its request mappings, against every demo
 * identity and the resources of others: the answer of each cell is what DESIGN.md's "who
 * sees what" says. A resource a person may not see answers 404 whether or not it exists.
 * A route added without a row here fails the test.
 */
@SproutTest
@Transactional
class AccessMatrixTest {

	/**
	 * The authors and admin act last, so that a cell that changes a resource comes after
	 * the others.
	 */
	private static final List<String> IDENTITIES = List.of("anonymous", "lee", "priya", "sam", "admin", "maria");

	private static final String MISSING = "999999";

	/** Answers: OK is 2xx, or a redirect anywhere but the sign-in page. */
	enum Answer {

		OK, LOGIN, FORBIDDEN, NOT_FOUND

	}

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
	private ProjectRepository projects;

	@Autowired
	private FeedbackRequestRepository requests;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private Notifications notifications;

	@Autowired
	private PersonRepository people;

	/** Resource name to id, for the {id} of each route. */
	private final Map<String, String> ids = new LinkedHashMap<>();

	/**
	 * Fresh resources for each route, so what one cell changes cannot sway the next
	 * route.
	 */
	private void resources(boolean samWelcomesFeedback) {
		var maria = this.accounts.person("maria");
		var sam = this.accounts.person("sam");
		sam.setWelcomesFeedback(samWelcomesFeedback);
		this.people.saveAndFlush(sam);
		this.ids.put("sam", String.valueOf(sam.getId()));
		this.ids.put("shared", String.valueOf(entry(maria, sam, Visibility.SHARED)));
		this.ids.put("note", String.valueOf(entry(maria, sam, Visibility.PRIVATE_NOTE)));
		this.ids.put("project", String.valueOf(project(sam, maria, ProjectStatus.ACTIVE)));
		this.ids.put("doneProject", String.valueOf(project(sam, maria, ProjectStatus.DONE)));
		this.ids.put("request", String.valueOf(this.requests.openFor(this.accounts.id("priya")).get(0).getId()));
		this.ids.put("mentorship",
				String.valueOf(this.mentorships.currentMenteesOf(maria.getId(), LocalDate.now()).get(0).getId()));
		this.ids.put("skill", String.valueOf(this.skills.findAllByOrderByPositionAsc().get(0).getId()));
		this.ids.put("notification", String.valueOf(
				this.notifications
					.notifyOnce(sam.getId(), NotificationKind.NEW_FEEDBACK, Long.parseLong(this.ids.get("shared")),
							maria.getDisplayName(), null, "matrix:" + System.nanoTime())
					.orElseThrow()
					.getId()));
		this.ids.put("missing", MISSING);
	}

	@Test
	void everyRouteAnswersEveryIdentityAsTheDesignSays() throws Exception {
		assertMatrix(false);
	}

	/**
	 * Sam opted in to "anyone may give me feedback": every colleague may now write about
	 * him, and open his history to see what they wrote; nobody reads more than before.
	 */
	@Test
	void whenSamWelcomesFeedbackFromAnyoneEveryColleagueWritesAndNobodyReadsMore() throws Exception {
		assertMatrix(true);
	}

	private void assertMatrix(boolean samWelcomesFeedback) throws Exception {
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (String route : routes()) {
			resources(samWelcomesFeedback);
			for (String resource : resourcesOf(route)) {
				for (String identity : IDENTITIES) {
					Answer expected = expected(route, resource, identity, samWelcomesFeedback);
					Answer actual = answer(route, resource, identity);
					cells++;
					if (actual != expected) {
						failures.add(route + " [" + resource + "] as " + identity + ": expected " + expected + ", got "
								+ actual);
					}
				}
			}
		}
		System.out.printf("Access matrix: %d routes, %d identities, %d cells%n", routes().size(), IDENTITIES.size(),
				cells);
		assertThat(failures).isEmpty();
		assertThat(cells).isGreaterThan(300);
	}

	/** The routes served, as "METHOD /pattern", read from the application itself. */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				Set<?> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach((m) -> routes.add(m + " " + pattern));
			}
		});
		return routes;
	}

	private List<String> resourcesOf(String route) {
		if (!route.contains("{id}")) {
			return List.of("-");
		}
		String path = route.substring(route.indexOf(' ') + 1);
		if (path.startsWith("/feedback/")) {
			return List.of("shared", "note", "missing");
		}
		if (path.startsWith("/people/") || path.startsWith("/admin/people/")) {
			return List.of("sam", "missing");
		}
		if (path.endsWith("/retrospective")) {
			return List.of("doneProject", "missing");
		}
		if (path.startsWith("/projects/")) {
			return List.of("project", "missing");
		}
		if (path.startsWith("/requests/")) {
			return List.of("request", "missing");
		}
		if (path.startsWith("/admin/mentorships/")) {
			return List.of("mentorship", "missing");
		}
		if (path.startsWith("/admin/skills/")) {
			return List.of("skill", "missing");
		}
		if (path.startsWith("/notifications/")) {
			return List.of("notification", "missing");
		}
		throw new AssertionError("No resources for " + route + ": add them to the access matrix");
	}

	/**
	 * What DESIGN.md says each identity gets; when Sam welcomes feedback from anyone,
	 * every colleague may write about him (and so open his history, to see what they
	 * wrote).
	 */
	private Answer expected(String route, String resource, String who, boolean samWelcomesFeedback) {
		boolean missing = resource.equals("missing");
		String path = route.substring(route.indexOf(' ') + 1);
		if (route.equals("GET /login") || route.equals("POST /login") || path.startsWith("/actuator")) {
			return Answer.OK;
		}
		if (route.equals("POST /logout")) {
			return Answer.OK;
		}
		if (who.equals("anonymous")) {
			return Answer.LOGIN;
		}
		if (path.startsWith("/admin")) {
			if (!who.equals("admin")) {
				return Answer.FORBIDDEN;
			}
			return missing ? Answer.NOT_FOUND : Answer.OK;
		}
		if (missing) {
			return Answer.NOT_FOUND;
		}
		return switch (route) {
			case "GET /", "GET /people", "GET /people/{id}", "GET /projects", "GET /projects/{id}", "GET /requests",
					"POST /requests", "GET /account/password", "POST /account/password",
					"POST /account/welcomes-feedback" ->
				Answer.OK;
			// The coach reads only the posted draft, nothing stored: anyone signed in.
			case "POST /feedback/coach" -> Answer.OK;
			// Who may be chosen in a form (name and team, as the directory shows them):
			// anyone signed in.
			case "GET /people/choices" -> Answer.OK;
			// Sam's history and its exports: Sam, his manager and mentor (Maria). Nobody
			// else.
			// When he welcomes feedback from anyone, every colleague opens it to see what
			// they wrote.
			case "GET /people/{id}/feedback", "GET /people/{id}/feedback.csv", "GET /people/{id}/report.pdf" ->
				who.equals("sam") || who.equals("maria") || samWelcomesFeedback ? Answer.OK : Answer.NOT_FOUND;
			// Giving feedback about Sam: his manager (who mentors him too) only;
			// anyone but himself once he welcomes it.
			// A draft about Sam is kept by those who may write about him.
			case "GET /feedback/new", "POST /feedback", "POST /feedback/draft" ->
				who.equals("maria") || (samWelcomesFeedback && !who.equals("sam")) ? Answer.OK : Answer.FORBIDDEN;
			// Discarding one's own draft: anyone, whether or not there is one.
			case "POST /feedback/draft/discard" -> Answer.OK;
			// Reading: shared entries by Sam and Maria; Maria's note by Maria.
			case "GET /feedback/{id}", "GET /feedback/{id}/revisions" ->
				readers(resource).contains(who) ? Answer.OK : Answer.NOT_FOUND;
			// Editing and sharing: the author; readers who are not the author get 403.
			case "GET /feedback/{id}/edit", "POST /feedback/{id}", "GET /feedback/{id}/share",
					"POST /feedback/{id}/share" ->
				who.equals("maria") ? Answer.OK : readers(resource).contains(who) ? Answer.FORBIDDEN : Answer.NOT_FOUND;
			// Answering: the subject, on shared feedback; other readers get 403.
			// Marking a commitment done too (the shared entry has none: the subject is
			// told so).
			case "POST /feedback/{id}/acknowledge", "POST /feedback/{id}/reflection",
					"POST /feedback/{id}/commitment" ->
				(who.equals("sam") && resource.equals("shared")) ? Answer.OK
						: readers(resource).contains(who) ? Answer.FORBIDDEN : Answer.NOT_FOUND;
			// Projects are started by mentors, managers and admins (Priya mentors
			// someone).
			case "GET /projects/new", "POST /projects" ->
				List.of("admin", "maria", "priya").contains(who) ? Answer.OK : Answer.FORBIDDEN;
			// Recognitions: anyone signed in gives one (the form comes back without
			// data).
			case "GET /recognitions/new", "POST /recognitions" -> Answer.OK;
			// The leaders board: admins and people who grow someone (Maria manages,
			// Priya mentors).
			case "GET /leaders" -> List.of("admin", "maria", "priya").contains(who) ? Answer.OK : Answer.FORBIDDEN;
			// Sam leads the project Maria sponsors: only they start or close it.
			case "POST /projects/{id}/activate", "POST /projects/{id}/close", "GET /projects/{id}/edit",
					"POST /projects/{id}" ->
				List.of("sam", "maria").contains(who) ? Answer.OK : Answer.FORBIDDEN;
			// The retrospective of a finished project: its lead only.
			case "POST /projects/{id}/retrospective" -> who.equals("sam") ? Answer.OK : Answer.FORBIDDEN;
			// Everyone has their own notifications.
			case "GET /notifications", "POST /notifications/read" -> Answer.OK;
			// A notification to Sam: only Sam marks it read.
			case "POST /notifications/{id}/read", "POST /notifications/{id}/open", "GET /notifications/{id}" ->
				who.equals("sam") ? Answer.OK : Answer.NOT_FOUND;
			// Lee asked Priya: only Priya declines.
			case "POST /requests/{id}/decline" -> who.equals("priya") ? Answer.OK : Answer.NOT_FOUND;
			default -> throw new AssertionError(route + " has no row in the access matrix: add one");
		};
	}

	private static List<String> readers(String resource) {
		return resource.equals("shared") ? List.of("sam", "maria") : List.of("maria");
	}

	private Answer answer(String route, String resource, String who) throws Exception {
		String method = route.substring(0, route.indexOf(' '));
		String path = route.substring(route.indexOf(' ') + 1).replace("{id}", this.ids.getOrDefault(resource, ""));
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
		if (path.equals("/feedback/new") || path.equals("/feedback") || path.startsWith("/feedback/draft")) {
			request.param("about", this.ids.get("sam"));
		}
		if (path.startsWith("/people/") && path.endsWith("/feedback")) {
			request.param("page", "1");
		}
		if (method.equals("POST")) {
			request.with(csrf());
		}
		if (!who.equals("anonymous")) {
			request.with(this.accounts.as(who));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status >= 300 && status < 400 && location != null && location.contains("/login")
				&& !route.endsWith("/login") && !route.equals("POST /logout")) {
			return Answer.LOGIN;
		}
		if (status < 400) {
			return Answer.OK;
		}
		return switch (status) {
			case 403 -> Answer.FORBIDDEN;
			case 404 -> Answer.NOT_FOUND;
			default -> throw new AssertionError(route + " [" + resource + "] as " + who + " answered " + status);
		};
	}

	private long project(Person lead, Person sponsor, ProjectStatus status) {
		Project project = new Project("Matrix " + status, lead, sponsor);
		project.setGoal("Every cell answers as designed.");
		project.setStartDate(LocalDate.now().minusDays(20));
		if (status != ProjectStatus.PLANNED) {
			project.activate("A failing cell costs a rerun.", null, LocalDate.now().minusDays(20));
		}
		if (status == ProjectStatus.DONE) {
			project.close(LocalDate.now(), java.time.Instant.now());
		}
		return this.projects.saveAndFlush(project).getId();
	}

	private long entry(org.sprout.people.Person author, org.sprout.people.Person subject, Visibility visibility) {
		FeedbackEntry entry = new FeedbackEntry(author, subject);
		entry.setObservedOn(LocalDate.now());
		entry.setKind(FeedbackKind.REINFORCING);
		entry.setVisibility(visibility);
		entry.setSkills(Set.of(this.skills.findAllByOrderByPositionAsc().get(0)));
		entry.setSituation("In the matrix");
		entry.setBehaviour("You tested every cell.");
		entry.setImpact("Nothing leaked.");
		entry.setNextStep("Keep testing.");
		return this.entries.saveAndFlush(entry).getId();
	}

}
