package org.sprout.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.sprout.SproutApplication;
import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.ProjectRepository;
import org.sprout.recognition.LeaderRow;
import org.sprout.recognition.LeadersBoard;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;

@SproutTest
class DemoDataTest {

	@Autowired
	private DemoData demo;

	@Autowired
	private PersonRepository people;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private LeadersBoard board;

	@Test
	void theDemoOrganisationOfTheDesignExists() {
		for (String username : new String[] { "admin", "maria", "sam", "lee", "priya" }) {
			Person person = this.people.findByUsername(username).orElseThrow();
			assertThat(this.encoder.matches(DemoData.PASSWORD, person.getPasswordHash())).as(username).isTrue();
		}
		Person maria = this.people.findByUsername("maria").orElseThrow();
		assertThat(this.people.findByManagerIdOrderByDisplayName(maria.getId())).extracting(Person::getUsername)
			.containsExactlyInAnyOrder("sam", "lee");
		assertThat(this.people.findByUsername("admin").orElseThrow().isAdmin()).isTrue();
		assertThat(this.people.findByUsername("maria").orElseThrow().isAdmin()).isFalse();
		Person priya = this.people.findByUsername("priya").orElseThrow();
		assertThat(this.people.existsByManagerId(priya.getId())).isFalse();
		for (String mentee : new String[] { "sam", "lee" }) {
			long id = this.people.findByUsername(mentee).orElseThrow().getId();
			assertThat(this.mentorships.isCurrentMentor(priya.getId(), id, LocalDate.now())).isFalse();
		}
		Person sam = this.people.findByUsername("sam").orElseThrow();
		assertThat(this.projects.projectsOf(sam.getId())).anySatisfy((project) -> {
			assertThat(project.getLead().getUsername()).isEqualTo("sam");
			assertThat(project.getSponsor().getUsername()).isEqualTo("maria");
		});
	}

	@Test
	void aCrowdWithAYearOfFeedback() {
		assertThat(this.people.count()).isBetween(38L, 45L);
		assertThat(this.projects.count()).isEqualTo(10);
		assertThat(this.entries.count()).isGreaterThanOrEqualTo(DemoData.ENTRIES);
		// Other tests in this context add entries of their own; the demo's come first.
		assertThat(this.entries.findAll().stream().filter((entry) -> entry.getId() <= DemoData.ENTRIES + 1).toList())
			.allSatisfy((entry) -> {
				assertThat(entry.getObservedOn()).isAfterOrEqualTo(LocalDate.now().minusMonths(12).minusDays(1))
					.isBeforeOrEqualTo(LocalDate.now());
				assertThat(entry.getBehaviour()).startsWith("You ");
			});
	}

	@Test
	void theLeadersBoardIsAliveOnFirstStart() {
		var withoutPosition = this.board.rank(true, PageRequest.of(0, 20)).getContent();
		assertThat(withoutPosition).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.breakdown().hasReports()).isFalse());
		LeaderRow first = withoutPosition.get(0);
		assertThat(first.person().getUsername()).isEqualTo("priya");
		assertThat(first.breakdown().teamsReached()).isGreaterThanOrEqualTo(3);
		assertThat(first.leading()).isNull();
		// Sam is recognised too, and already leads the onboarding project.
		assertThat(this.board.rank(false, PageRequest.of(0, 100)).getContent()).anySatisfy((row) -> {
			assertThat(row.person().getUsername()).isEqualTo("sam");
			assertThat(row.leading().name()).isEqualTo("Onboarding revamp");
		});
	}

	@Test
	void everyDemoEntryHasACoachScoreAndMariasRiseOverTheYear() {
		List<FeedbackEntry> demo = this.entries.findAll()
			.stream()
			.filter((entry) -> entry.getId() <= DemoData.ENTRIES + 1)
			.toList();
		assertThat(demo).allSatisfy((entry) -> assertThat(entry.getQualityScore()).isBetween(0, 100));
		long maria = this.people.findByUsername("maria").orElseThrow().getId();
		LocalDate today = LocalDate.now();
		double older = averageScore(demo, maria, today.minusMonths(12), today.minusMonths(8));
		double recent = averageScore(demo, maria, today.minusMonths(3), today);
		assertThat(older).isLessThan(recent - 10);
		assertThat(recent).isGreaterThan(90);
	}

	private static double averageScore(List<FeedbackEntry> entries, long authorId, LocalDate from, LocalDate to) {
		return entries.stream()
			.filter((entry) -> entry.getAuthor().getId() == authorId)
			.filter((entry) -> !entry.getObservedOn().isBefore(from) && entry.getObservedOn().isBefore(to))
			.mapToInt(FeedbackEntry::getQualityScore)
			.average()
			.orElseThrow();
	}

	@Test
	void demoDataIsNeverGeneratedTwice() {
		long people = this.people.count();
		assertThat(this.demo.createIfEmpty(LocalDate.now())).isFalse();
		assertThat(this.people.count()).isEqualTo(people);
	}

	@Test
	void dataSurvivesARestartOnTheFileDatabase(@TempDir Path dir) {
		String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sprout").toAbsolutePath();
		long first = countPeopleAfterStart(url);
		long second = countPeopleAfterStart(url);
		assertThat(first).isPositive();
		assertThat(second).isEqualTo(first);
		assertThat(Files.exists(dir.resolve("sprout.mv.db"))).isTrue();
	}

	private static long countPeopleAfterStart(String datasourceUrl) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SproutApplication.class)
			.run(datasourceUrl, "--server.port=0", "--spring.profiles.active=default", "--sprout.demo.enabled=true")) {
			return context.getBean(PersonRepository.class).count();
		}
	}

}
