package org.sprout.demo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.ProjectRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The large demo organisation, grown at a small scale from the small one: the accounts of
 * the design keep their ties, Maria manages the number asked for, Sam holds the entries
 * asked for, and the application writes on after it (identities restarted). Its own
 * context, as it changes the demo data every other test reads.
 */
@SproutTest
@DirtiesContext
class LargeDemoDataTest {

	private static final LargeDemoData.Scale SMALL_SCALE = new LargeDemoData.Scale(120, 20, 3_000, 300, 40, 300);

	@Autowired
	private LargeDemoData large;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PersonRepository people;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private MockMvc mvc;

	@Test
	void growsTheDemoToScaleKeepingTheAccountsOfTheDesign() throws Exception {
		this.large.grow(LocalDate.now(), SMALL_SCALE);

		assertThat(count("select count(*) from person")).isEqualTo(120);
		assertThat(count("select count(*) from project")).isEqualTo(20);
		assertThat(count("select count(*) from feedback_entry")).isEqualTo(3_000);
		assertThat(count("select count(*) from recognition")).isGreaterThanOrEqualTo(300);
		long sam = this.accounts.id("sam");
		long lee = this.accounts.id("lee");
		long maria = this.accounts.id("maria");
		long priya = this.accounts.id("priya");
		assertThat(count("select count(*) from feedback_entry where subject_id = " + sam)).isEqualTo(300);
		assertThat(this.people.findByManagerIdOrderByDisplayName(maria)).hasSize(40)
			.extracting(Person::getUsername)
			.contains("sam", "lee");
		assertThat(this.people.existsByManagerId(sam)).isFalse();
		assertThat(this.people.existsByManagerId(lee)).isFalse();
		assertThat(this.people.existsByManagerId(priya)).isFalse();
		assertThat(this.mentorships.isCurrentMentor(priya, sam, LocalDate.now())).isFalse();
		assertThat(this.mentorships.isCurrentMentor(priya, lee, LocalDate.now())).isFalse();
		assertThat(this.mentorships.isCurrentMentor(maria, sam, LocalDate.now())).isTrue();
		assertThat(this.projects.projectsOf(sam)).anySatisfy((project) -> {
			assertThat(project.getLead().getUsername()).isEqualTo("sam");
			assertThat(project.getSponsor().getUsername()).isEqualTo("maria");
		});
		// Nobody writes about themselves, and nobody holds a role the design denies them.
		assertThat(count("select count(*) from feedback_entry where author_id = subject_id")).isZero();
		assertThat(count("select count(*) from project where lead_id = sponsor_id")).isZero();

		// The application goes on writing after the generated ids.
		Person newcomer = this.people.save(new Person("newcomer", "New Comer"));
		assertThat(newcomer.getId()).isGreaterThan(count("select max(id) from person where username <> 'newcomer'"));
		this.mvc.perform(get("/people/" + sam + "/feedback?page=20").with(this.accounts.as("maria")))
			.andExpect(status().isOk());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
