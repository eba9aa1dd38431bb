package org.sprout.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.Visibility;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.PersonRepository;
import org.sprout.projects.ProjectRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.BrowserTest;
import org.sprout.support.PageProblems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, as each demo account sees it, on a laptop (1280 px) and a phone (390
 * px): no axe-core violation, nothing wider than the window, no disclosure without a
 * label, no Bootstrap blue beside the green.
 */
class EveryPageBrowserTest extends BrowserTest {

	private static final Dimension LAPTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(390, 844);

	@Autowired
	private PersonRepository people;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void everyPageIsAccessibleAndFitsALaptopAndAPhone() {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, List<String>> account : pages().entrySet()) {
			if (!account.getKey().equals("anonymous")) {
				this.browser.signIn(account.getKey());
			}
			for (String path : account.getValue()) {
				this.browser.open(path);
				for (Dimension size : List.of(LAPTOP, PHONE)) {
					this.browser.driver().manage().window().setSize(size);
					for (String problem : PageProblems.of(this.browser.driver())) {
						problems.add(account.getKey() + " " + path + " at " + size.width + " px: " + problem);
					}
					checked++;
				}
				this.browser.driver().manage().window().setSize(LAPTOP);
			}
			if (!account.getKey().equals("anonymous")) {
				this.browser.signOut();
			}
		}
		System.out.printf("Every page: %d page views checked, %d problems%n", checked, problems.size());
		assertThat(problems).isEmpty();
		assertThat(checked).isGreaterThan(80);
	}

	/** The pages each account opens, by account; each one as that account sees it. */
	private Map<String, List<String>> pages() {
		long sam = id("sam");
		long lee = id("lee");
		long priya = id("priya");
		long entry = this.transactions.execute((tx) -> this.entries.findAll()
			.stream()
			.filter((e) -> e.getAuthor().getUsername().equals("maria") && e.getSubject().getId() == sam
					&& e.getVisibility() == Visibility.SHARED)
			.mapToLong((e) -> e.getId())
			.min()
			.orElseThrow());
		long project = this.projects.projectsOf(sam).get(0).getId();
		long mentorship = this.mentorships.currentMenteesOf(id("maria"), LocalDate.now()).get(0).getId();
		long skill = this.skills.findAllByOrderByPositionAsc().get(0).getId();
		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put("anonymous", List.of("/login", "/login?error"));
		pages.put("lee",
				List.of("/", "/people", "/people?q=Sam", "/people/" + lee, "/people/" + sam, "/projects",
						"/projects/" + project, "/requests", "/recognitions/new?to=" + sam, "/notifications",
						"/account/password", "/people/999999"));
		pages.put("priya", List.of("/", "/people/" + priya, "/requests"));
		pages.put("sam", List.of("/", "/people/" + sam, "/people/" + sam + "/feedback", "/feedback/" + entry,
				"/requests", "/leaders"));
		pages.put("maria",
				List.of("/", "/people/" + sam, "/people/" + sam + "/feedback", "/people/" + sam + "/feedback?page=2",
						"/feedback/" + entry, "/feedback/new?about=" + sam, "/projects/new",
						"/projects/" + project + "/edit", "/leaders", "/leaders?withoutPosition=true"));
		pages.put("admin",
				List.of("/", "/admin", "/admin/people", "/admin/people/new", "/admin/people/" + sam + "/edit",
						"/admin/people/" + sam + "/password", "/admin/mentorships", "/admin/mentorships/new",
						"/admin/mentorships/" + mentorship + "/edit", "/admin/skills", "/admin/skills/new",
						"/admin/skills/" + skill + "/edit"));
		return pages;
	}

	private long id(String username) {
		return this.people.findByUsername(username).orElseThrow().getId();
	}

}
