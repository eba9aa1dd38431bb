package org.sprout.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.Reflection;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.FeedbackService;
import org.sprout.feedback.HistoryFilter;
import org.sprout.feedback.HistoryScope;
import org.sprout.feedback.Commitment;
import org.sprout.feedback.Visibility;
import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;
import org.sprout.ties.Standing;
import org.sprout.ties.Ties;
import org.sprout.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What every list, page and export shows agrees with the access policy, for every pair of
 * people: the demo organisation, and a generated one with ties of every kind (ended and
 * future mentorships, projects closed 29 and 31 days ago, open and answered requests).
 * The expected answer is computed entry by entry from {@link AccessPolicy#canRead} on the
 * ties; the pages are asked as the users would be.
 */
@SproutTest
@Transactional
class PolicyAgreementTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private PersonRepository people;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private FeedbackService feedback;

	@Autowired
	private Dashboard dashboard;

	@Autowired
	private Ties ties;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private FeedbackRequestRepository requests;

	@Autowired
	private SkillRepository skills;

	@Test
	void everyHistoryAndDashboardOfTheDemoOrganisationShowsWhatThePolicyAllows() {
		List<Person> everyone = this.people.findAll();
		assertThat(everyone).hasSizeGreaterThan(40);
		assertAgreement(everyone);
	}

	@Test
	void everyHistoryAndDashboardOfAGeneratedOrganisationShowsWhatThePolicyAllows() {
		List<Person> generated = generateOrganisation(new Random(20261202L));
		assertAgreement(generated);
	}

	@Test
	void theNamedAccountsSeeOnEachPageAndExportExactlyWhatThePolicyAllows() throws Exception {
		// Lee welcomes feedback from anyone: everyone may open his history, to read what
		// they wrote about him and nothing else.
		Person lee = this.accounts.person("lee");
		lee.setWelcomesFeedback(true);
		this.people.saveAndFlush(lee);
		List<Person> everyone = this.people.findAll();
		List<FeedbackEntry> all = this.entries.findAll();
		for (String who : List.of("maria", "sam", "lee", "priya", "admin")) {
			long viewer = this.accounts.id(who);
			for (Person subject : everyone) {
				Standing standing = this.ties.between(viewer, subject.getId());
				Set<Long> expected = readable(viewer, standing, all, subject.getId());
				MvcResult history = this.mvc
					.perform(get("/people/{id}/feedback", subject.getId()).with(this.accounts.as(who)))
					.andReturn();
				if (!AccessPolicy.canViewHistory(standing)) {
					assertThat(history.getResponse().getStatus()).as("%s opens %s's history", who, subject)
						.isEqualTo(404);
					continue;
				}
				Page<?> page = (Page<?>) history.getModelAndView().getModel().get("page");
				assertThat(page.getTotalElements()).as("%s's view of %s's history", who, subject.getUsername())
					.isEqualTo(expected.size());
				byte[] csv = this.mvc
					.perform(get("/people/{id}/feedback.csv", subject.getId()).with(this.accounts.as(who)))
					.andReturn()
					.getResponse()
					.getContentAsByteArray();
				assertThat(parseCsv(csv).stream().map((CSVRecord r) -> Long.valueOf(r.get("Entry"))))
					.as("%s's export of %s's history", who, subject.getUsername())
					.containsExactlyInAnyOrderElementsOf(expected);
			}
			// Every entry about someone the viewer stands to, and a sample of the others.
			Random sample = new Random(viewer);
			for (FeedbackEntry entry : all) {
				Standing standing = this.ties.between(viewer, entry.getSubject().getId());
				if (standing.equals(Standing.NONE) && entry.getAuthor().getId() != viewer && sample.nextInt(10) > 0) {
					continue;
				}
				boolean mayRead = AccessPolicy.canRead(viewer, standing, entry.getAuthor().getId(),
						!entry.isPrivateNote());
				int status = this.mvc.perform(get("/feedback/{id}", entry.getId()).with(this.accounts.as(who)))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s opens entry %d", who, entry.getId()).isEqualTo(mayRead ? 200 : 404);
			}
		}
	}

	/** The history query and the dashboard of each viewer, against the policy. */
	private void assertAgreement(List<Person> people) {
		List<FeedbackEntry> all = this.entries.findAll();
		Map<Long, FeedbackEntry> byId = all.stream().collect(Collectors.toMap(FeedbackEntry::getId, (e) -> e));
		for (Person viewer : people) {
			for (Person subject : people) {
				Standing standing = this.ties.between(viewer.getId(), subject.getId());
				if (!AccessPolicy.canViewHistory(standing)) {
					assertThatExceptionOfType(NotFoundException.class)
						.isThrownBy(() -> this.feedback.scopeOf(viewer.getId(), subject.getId(), HistoryFilter.none()));
					continue;
				}
				HistoryScope scope = this.feedback.scopeOf(viewer.getId(), subject.getId(), HistoryFilter.none());
				assertThat(this.entries.findAll(scope.entries()).stream().map(FeedbackEntry::getId))
					.as("%s's view of %s's history", viewer.getUsername(), subject.getUsername())
					.containsExactlyInAnyOrderElementsOf(readable(viewer.getId(), standing, all, subject.getId()));
			}
			Dashboard.Home home = this.dashboard.of(viewer.getId());
			for (Reflection reflection : home.reflections()) {
				assertThat(mayRead(viewer.getId(), byId.get(reflection.entryId())))
					.as("%s reads the reflection on entry %d", viewer.getUsername(), reflection.entryId())
					.isTrue();
			}
			home.growing().forEach((row) -> {
				List<Commitment> shown = new ArrayList<>(home.details().commitmentsOf(row.personId()));
				shown.addAll(home.details().doneBy(row.personId()));
				for (Commitment commitment : shown) {
					assertThat(mayRead(viewer.getId(), byId.get(commitment.entryId())))
						.as("%s reads the commitment on entry %d", viewer.getUsername(), commitment.entryId())
						.isTrue();
				}
			});
			for (Commitment own : home.commitments()) {
				assertThat(own.subjectId()).isEqualTo(viewer.getId());
				assertThat(mayRead(viewer.getId(), byId.get(own.entryId()))).isTrue();
			}
			for (FeedbackEntry recent : home.recent()) {
				assertThat(recent.getSubject().getId()).isEqualTo(viewer.getId());
				assertThat(mayRead(viewer.getId(), recent)).isTrue();
			}
		}
	}

	private static List<CSVRecord> parseCsv(byte[] bytes) throws java.io.IOException {
		String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(text))
			.getRecords();
	}

	private boolean mayRead(long viewerId, FeedbackEntry entry) {
		return AccessPolicy.canRead(viewerId, this.ties.between(viewerId, entry.getSubject().getId()),
				entry.getAuthor().getId(), !entry.isPrivateNote());
	}

	private static Set<Long> readable(long viewerId, Standing standing, List<FeedbackEntry> all, long subjectId) {
		return all.stream()
			.filter((entry) -> entry.getSubject().getId() == subjectId)
			.filter((entry) -> AccessPolicy.canRead(viewerId, standing, entry.getAuthor().getId(),
					!entry.isPrivateNote()))
			.map(FeedbackEntry::getId)
			.collect(Collectors.toSet());
	}

	/**
	 * Twelve people with reporting lines (three of them welcoming feedback from anyone),
	 * mentorships that ended, run or have not begun, projects planned, active and closed
	 * on either side of the thirty days, requests open and answered, and feedback between
	 * any two of them, some of it private, some answered with a reflection and a
	 * commitment.
	 */
	private List<Person> generateOrganisation(Random random) {
		LocalDate today = this.ties.today();
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Person person = new Person("gen" + i, "Generated Person " + i);
			if (i > 0 && random.nextInt(3) > 0) {
				person.setManager(people.get(random.nextInt(i)));
			}
			// Some welcome feedback from anyone: any colleague may write, none reads
			// more.
			person.setWelcomesFeedback(i % 4 == 1);
			people.add(this.people.save(person));
		}
		for (int i = 0; i < 14; i++) {
			Person mentor = people.get(random.nextInt(people.size()));
			Person mentee = people.get(random.nextInt(people.size()));
			if (mentor != mentee) {
				Mentorship mentorship = new Mentorship(mentor, mentee, today.minusDays(random.nextInt(200) - 20));
				int end = random.nextInt(4);
				mentorship.setUntil((end == 0) ? today.minusDays(1) : (end == 1) ? today : null);
				this.mentorships.save(mentorship);
			}
		}
		int[] closedDaysAgo = { 0, 29, 30, 31, 90 };
		for (int i = 0; i < 10; i++) {
			Person lead = people.get(random.nextInt(people.size()));
			Person sponsor = people.get(random.nextInt(people.size()));
			if (lead == sponsor) {
				continue;
			}
			Project project = new Project("Generated " + i, lead, sponsor);
			project.getMembers().add(people.get(random.nextInt(people.size())));
			project.getMembers().remove(lead);
			int stage = random.nextInt(3);
			if (stage > 0) {
				project.activate("Anything may fail.", 7, today.minusDays(120));
			}
			if (stage > 1) {
				int ago = closedDaysAgo[random.nextInt(closedDaysAgo.length)];
				project.close(today.minusDays(ago), Instant.now());
			}
			this.projects.save(project);
		}
		for (int i = 0; i < 12; i++) {
			Person requester = people.get(random.nextInt(people.size()));
			Person recipient = people.get(random.nextInt(people.size()));
			if (requester != recipient) {
				FeedbackRequest request = this.requests.save(new FeedbackRequest(requester, recipient, "How was it?"));
				if (random.nextBoolean()) {
					request.decline("Not now");
				}
			}
		}
		var skill = this.skills.findByRetiredFalseOrderByPositionAsc().get(0);
		for (int i = 0; i < 150; i++) {
			Person author = people.get(random.nextInt(people.size()));
			Person subject = people.get(random.nextInt(people.size()));
			if (author == subject) {
				continue;
			}
			FeedbackEntry entry = new FeedbackEntry(author, subject);
			entry.setObservedOn(today.minusDays(random.nextInt(300)));
			entry.setKind(random.nextBoolean() ? FeedbackKind.REINFORCING : FeedbackKind.REDIRECTING);
			entry.setVisibility((random.nextInt(4) == 0) ? Visibility.PRIVATE_NOTE : Visibility.SHARED);
			entry.setSkills(Set.of(skill));
			entry.setSituation("Generated situation " + i);
			entry.setBehaviour("Generated behaviour");
			entry.setImpact("Generated impact");
			entry.setNextStep("Generated next step");
			if (!entry.isPrivateNote() && random.nextInt(3) == 0) {
				entry.reflect("Generated reflection", null, "Generated commitment " + i, Instant.now());
				if (i % 2 == 0) {
					entry.markCommitmentDone("Generated note " + i, Instant.now());
				}
			}
			this.entries.save(entry);
		}
		this.entries.flush();
		return people;
	}

}
