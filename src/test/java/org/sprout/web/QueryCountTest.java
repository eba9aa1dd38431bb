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
 * the count is taken, more data is added, and the count is taken again. Each page is
 * counted twice: opened first after what it shows changed (histories then read their
 * totals and charts afresh), and opened again, as it usually is.
 */
@SproutTest
class QueryCountTest {

	/** A page as it is usually opened. */
	static final int MAX_STATEMENTS_PER_PAGE = 6;

	/** A page opened first after a change to what it shows. */
	static final int MAX_STATEMENTS_AFTER_A_CHANGE = 8;

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
		// Once for what every page keeps alike (the skill framework, say), then counted.
		countAll();
		Map<String, Long> before = countAll();
		System.out.println("Statements per page (after a change, then as usual): " + before);
		before.forEach((page, count) -> assertThat(count).as(page)
			.isLessThanOrEqualTo(page.startsWith("again ") ? MAX_STATEMENTS_PER_PAGE : MAX_STATEMENTS_AFTER_A_CHANGE));
		addData(100, 200);
		countAll();
		Map<String, Long> after = countAll();
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
			count(counts, url.replaceAll("/\\d+", "/{id}").replaceAll("=\\d+", "={id}"), url, "maria");
		}
		// Maria's own entry about Sam: she edits it and reads its versions.
		long own = this.addedEntries.get(0);
		count(counts, "/feedback/{id}/edit", "/feedback/" + own + "/edit", "maria");
		count(counts, "/feedback/{id}/revisions", "/feedback/" + own + "/revisions", "maria");
		count(counts, "/projects/{id}/edit", "/projects/" + project + "/edit", "maria");
		count(counts, "/account/password", "/account/password", "maria");
		count(counts, "/ as sam", "/", "sam");
		count(counts, "/people/{id} as sam", "/people/" + sam, "sam");
		count(counts, "/people/{id}/feedback as sam", "/people/" + sam + "/feedback", "sam");
		return counts;
	}

	/**
	 * The page's statements opened first after Sam's history changed (as every write to
	 * it tells), and opened again.
	 */
	private void count(Map<String, Long> counts, String name, String url, String user) throws Exception {
		this.transactions.executeWithoutResult((tx) -> this.people.historyChanged(List.of(this.accounts.id("sam"))));
		counts.put(name, statementsFor(url, user));
		counts.put("again " + name, statementsFor(url, user));
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
