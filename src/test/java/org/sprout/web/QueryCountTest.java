package org.sprout.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.Visibility;
import org.sprout.people.Person;
import org.sprout.recognition.Power;
import org.sprout.recognition.Recognition;
import org.sprout.recognition.RecognitionRepository;
import org.sprout.people.PersonRepository;
import org.sprout.projects.ProjectRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page makes the same small number of SQL statements however much data there is:
 * the count is taken, more data is added, and the count is taken again.
 */
@SproutTest
class QueryCountTest {

	private static final int MAX_STATEMENTS_PER_PAGE = 12;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private org.sprout.feedback.FeedbackService feedback;

	@Autowired
	private PersonRepository people;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private TransactionTemplate transactions;

	private final List<Long> addedEntries = new ArrayList<>();

	private final List<Long> addedPeople = new ArrayList<>();

	private final List<Long> addedRecognitions = new ArrayList<>();

	@Autowired
	private RecognitionRepository recognitions;

	private org.sprout.skills.Skill framework(int i) {
		var framework = this.skills.findByRetiredFalseOrderByPositionAsc();
		return framework.get(i % framework.size());
	}

	@Test
	void pagesMakeAFixedNumberOfStatements() throws Exception {
		addData(30, 100);
		Map<String, Long> before = countAll();
		assertThat(before.values())
			.allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE));
		addData(100, 200);
		Map<String, Long> after = countAll();
		System.out.println("Statements per page: " + before);
		assertThat(after).isEqualTo(before);
	}

	private Map<String, Long> countAll() throws Exception {
		long sam = this.accounts.id("sam");
		long entry = this.feedback.newestAbout(sam, 1).get(0).getId();
		long project = this.projects.projectsOf(sam).get(0).getId();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String url : List.of("/", "/people", "/people/" + sam, "/people/" + sam + "/feedback",
				"/people/" + sam + "/feedback?kind=REINFORCING&page=2", "/feedback/" + entry,
				"/feedback/new?about=" + sam, "/projects", "/projects/" + project, "/projects/new", "/requests",
				"/leaders", "/leaders?withoutPosition=true", "/recognitions/new", "/notifications",
				"/people/choices?q=Extra")) {
			counts.put(url.replaceAll("/\\d+", "/{id}"), statementsFor(url, "maria"));
		}
		counts.put("/ as sam", statementsFor("/", "sam"));
		counts.put("/people/{id} as sam", statementsFor("/people/" + sam, "sam"));
		return counts;
	}

	private long statementsFor(String url, String user) throws Exception {
		// The signed-in user is looked up before counting: a real request finds it in the
		// session, so that lookup is not one of the page's statements.
		RequestPostProcessor signedIn = this.accounts.as(user);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(url).with(signedIn)).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	private void addData(int morePeople, int moreEntries) {
		this.transactions.executeWithoutResult((tx) -> {
			Person maria = this.accounts.person("maria");
			Person sam = this.accounts.person("sam");
			for (int n = 0; n < morePeople; n++) {
				int i = this.addedPeople.size();
				Person extra = new Person("extra" + i, "Extra Person " + i);
				extra.setManager(maria);
				extra.setTeam("Team " + (i % 4));
				this.addedPeople.add(this.people.save(extra).getId());
				// Each newcomer recognises Sam and one another: the board and profile
				// grow.
				Recognition toSam = new Recognition(extra, sam, Power.EXPERT, framework(i), "Relied on",
						LocalDate.now());
				this.addedRecognitions.add(this.recognitions.save(toSam).getId());
				if (i > 0) {
					Recognition toPeer = new Recognition(extra,
							this.people.getReferenceById(this.addedPeople.get(i - 1)), Power.REFERENT, null, "Followed",
							LocalDate.now().minusDays(i % 90));
					this.addedRecognitions.add(this.recognitions.save(toPeer).getId());
				}
			}
			var framework = this.skills.findByRetiredFalseOrderByPositionAsc();
			for (int i = 0; i < moreEntries; i++) {
				FeedbackEntry entry = new FeedbackEntry(maria, sam);
				entry.setObservedOn(LocalDate.now().minusDays(i % 30));
				entry.setKind((i % 2 == 0) ? FeedbackKind.REINFORCING : FeedbackKind.REDIRECTING);
				entry.setVisibility(Visibility.SHARED);
				entry.setSkills(Set.of(framework.get(i % framework.size()), framework.get((i + 1) % framework.size())));
				entry.setSituation("In the review " + i);
				entry.setBehaviour("You summarised the options.");
				entry.setImpact("The team decided quickly.");
				entry.setNextStep("Keep summarising.");
				// Sam answers some with a commitment, and marks some of those done: his
				// own list and his manager's dashboard grow too.
				if (i % 3 == 0) {
					entry.reflect("Noted.", null, "Summarise again " + i, java.time.Instant.now());
				}
				if (i % 6 == 0) {
					entry.markCommitmentDone("Did it.", java.time.Instant.now());
				}
				this.addedEntries.add(this.entries.save(entry).getId());
			}
		});
	}

	@AfterEach
	void removeAddedData() {
		this.transactions.executeWithoutResult((tx) -> {
			this.recognitions.deleteAllById(this.addedRecognitions);
			this.entries.deleteAllById(this.addedEntries);
			this.people.deleteAllById(this.addedPeople);
		});
	}

}
