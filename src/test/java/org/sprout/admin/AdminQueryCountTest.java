package org.sprout.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin pages make the same small number of SQL statements however many people,
 * mentorships and skills there are (as {@code QueryCountTest} does for the other pages).
 */
@SproutTest
class AdminQueryCountTest {

	private static final int MAX_STATEMENTS_PER_PAGE = 6;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private PersonRepository people;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private TransactionTemplate transactions;

	private final List<Long> addedPeople = new ArrayList<>();

	private final List<Long> addedMentorships = new ArrayList<>();

	private final List<Long> addedSkills = new ArrayList<>();

	@Test
	void adminPagesMakeAFixedNumberOfStatements() throws Exception {
		addData(30);
		Map<String, Long> before = countAll();
		assertThat(before.values())
			.allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE));
		addData(120);
		Map<String, Long> after = countAll();
		assertThat(after).isEqualTo(before);
	}

	private Map<String, Long> countAll() throws Exception {
		long sam = this.accounts.id("sam");
		long mentorship = this.mentorships.currentMentorsOf(sam, LocalDate.now()).get(0).getId();
		long skill = this.skills.findAllByOrderByPositionAsc().get(0).getId();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String url : List.of("/admin", "/admin/people", "/admin/people?page=3", "/admin/people?q=extra",
				"/admin/people/new", "/admin/people/" + sam + "/edit", "/admin/people/" + sam + "/password",
				"/admin/mentorships", "/admin/mentorships?page=2", "/admin/mentorships/new",
				"/admin/mentorships/" + mentorship + "/edit", "/admin/skills", "/admin/skills/new",
				"/admin/skills/" + skill + "/edit", "/account/password")) {
			counts.put(url.replaceAll("/\\d+", "/{id}"), statementsFor(url));
		}
		return counts;
	}

	private long statementsFor(String url) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(url).with(this.accounts.as("admin"))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	/** More people, each with a manager and a mentor, and more skills, some retired. */
	private void addData(int more) {
		this.transactions.executeWithoutResult((tx) -> {
			Person maria = this.accounts.person("maria");
			Person priya = this.accounts.person("priya");
			for (int n = 0; n < more; n++) {
				int i = this.addedPeople.size();
				Person extra = new Person("extra" + i, "Extra Person " + i);
				extra.setManager(maria);
				extra.setTeam("Team " + (i % 4));
				extra.setEnabled(i % 5 != 0);
				this.addedPeople.add(this.people.save(extra).getId());
				Mentorship mentorship = new Mentorship(priya, extra, LocalDate.now().minusDays(i));
				if (i % 3 == 0) {
					mentorship.setUntil(LocalDate.now().minusDays(1));
				}
				this.addedMentorships.add(this.mentorships.save(mentorship).getId());
				Skill skill = new Skill("Extra skill " + i, "Added to count statements.", 100 + i);
				skill.setRetired(i % 2 == 0);
				this.addedSkills.add(this.skills.save(skill).getId());
			}
		});
	}

	@AfterEach
	void removeAddedData() {
		this.transactions.executeWithoutResult((tx) -> {
			this.mentorships.deleteAllById(this.addedMentorships);
			this.people.deleteAllById(this.addedPeople);
			this.skills.deleteAllById(this.addedSkills);
		});
	}

}
