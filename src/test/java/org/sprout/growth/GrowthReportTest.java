package org.sprout.growth;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.Visibility;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PDF growth report, read back with OpenPDF's text extractor: what it holds, with the
 * history's filters and access rule.
 */
@SproutTest
class GrowthReportTest {

	private static final LocalDate DAY = LocalDate.of(2001, 2, 3);

	private static final String ONE_DAY = "?from=2001-02-03&to=2001-02-03";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private TransactionTemplate transactions;

	private final List<Long> added = new ArrayList<>();

	private Long retroProject;

	@Test
	void theReportHoldsCoverSkillsRetrospectivesAndEntries() throws Exception {
		add(Visibility.SHARED, "At the REPORTMARKER demo.", "You let the new engineer present.",
				"She owned the release.", "Let someone new present next sprint.");
		Project onboarding = writeRetrospective("Asking first worked; RETROMARKER weekly demos kept us aligned.");

		String text = report("sam", "");

		assertThat(text).contains("Growth report", "Sam Okafor", "Software Engineer \u00b7 Platform", "Prepared for",
				"Projects", onboarding.getName(), "Leads", "Maria Alvarez");
		assertThat(text).contains("Skills", "Latest next steps", "(focus)");
		assertThat(text).contains("Project retrospectives", "RETROMARKER", "Feedback on this project");
		assertThat(text).contains("Entries, oldest first", "At the REPORTMARKER demo.",
				"You let the new engineer present.", "She owned the release.", "Let someone new present next sprint.",
				"3 Feb 2001", "Redirecting");
		// The oldest entry comes first: the one of 2001, before the demo year's.
		String entries = text.substring(text.indexOf("Entries, oldest first"));
		assertThat(entries.indexOf("REPORTMARKER"))
			.isLessThan(entries.indexOf("Situation", entries.indexOf("Situation") + 1));
		// The footer is an artifact, which the text extractor leaves out: it is drawn.
		assertThat(footers("sam", "")).contains("Page 1", "Page 2");
	}

	@Test
	void theReportFollowsTheFilters() throws Exception {
		add(Visibility.SHARED, "At the REPORTMARKER demo.", "You let the new engineer present.",
				"She owned the release.", "Let someone new present next sprint.");

		String text = report("sam", ONE_DAY);

		assertThat(text).contains("Filters", "Observed: 3 Feb 2001 \u2013 3 Feb 2001",
				"1 (0 reinforcing, 1 redirecting)", "REPORTMARKER", "3 Feb 2001: Let someone new present next sprint.");
		assertThat(text).containsOnlyOnce("Situation");
	}

	@Test
	void samAndHisManagerGetTheReportOthersGetNotFound() throws Exception {
		this.mvc.perform(get("/people/{id}/report.pdf", this.accounts.id("sam")).with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"inline; filename=\"sprout-growth-report-sam-" + LocalDate.now() + ".pdf\""));
		assertThat(report("maria", ONE_DAY)).contains("Growth report", "Sam Okafor");
		for (String outsider : List.of("lee", "priya", "admin")) {
			this.mvc.perform(get("/people/{id}/report.pdf", this.accounts.id("sam")).with(this.accounts.as(outsider)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/people/999999/report.pdf").with(this.accounts.as("maria")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPrivateNoteIsOnlyInItsAuthorsReport() throws Exception {
		add(Visibility.PRIVATE_NOTE, "In our NOTEMARKER one-to-one.", "You hesitated.", "We lost time.", "Ask sooner.");

		assertThat(report("maria", ONE_DAY)).contains("NOTEMARKER", "Private note");
		assertThat(report("sam", ONE_DAY)).doesNotContain("NOTEMARKER").contains("No entries.");
	}

	@Test
	void theReportCarriesTheSubjectsAnswerIntentAndCommitmentDoneWithItsNote() throws Exception {
		long id = add(Visibility.SHARED, "At the CONVERSATION demo.", "You let the new engineer present.",
				"She owned the release.", "Let someone new present next sprint.");
		this.transactions.executeWithoutResult((tx) -> {
			FeedbackEntry entry = this.entries.findById(id).orElseThrow();
			entry.reflect("REFLECT-MARKER I held back.", "INTENT-MARKER I wanted her to shine.",
					"COMMIT-MARKER hand over the next demo too", java.time.Instant.now());
			entry.markCommitmentDone("NOTE-MARKER she ran the whole sprint review", java.time.Instant.now());
		});
		for (String viewer : List.of("sam", "maria")) {
			String text = report(viewer, ONE_DAY).replaceAll("\\s+", " ");
			// Label and text side by side: the extractor may set them without a space.
			assertThat(text).as(viewer)
				.contains("Reflection", "REFLECT-MARKER I held back.", "My intent was",
						"INTENT-MARKER I wanted her to shine.", "Next time I will",
						"COMMIT-MARKER hand over the next demo too", "Done ",
						": NOTE-MARKER she ran the whole sprint review");
			assertThat(text.indexOf("My intent was")).isLessThan(text.indexOf("INTENT-MARKER"));
			assertThat(text.indexOf("INTENT-MARKER")).isLessThan(text.indexOf("Next time I will"));
		}
	}

	@Test
	void theReportIsTaggedWithItsLanguageAndTitleAndItsFooterIsAnArtifact() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/people/{id}/report.pdf", this.accounts.id("sam")).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfDictionary catalog = reader.getCatalog();
			assertThat(catalog.getAsDict(PdfName.MARKINFO).getAsBoolean(PdfName.MARKED).booleanValue()).isTrue();
			assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("en");
			assertThat(
					catalog.getAsDict(PdfName.VIEWERPREFERENCES).getAsBoolean(PdfName.DISPLAYDOCTITLE).booleanValue())
				.isTrue();
			assertThat(reader.getInfo()).containsEntry("Title", "Growth report: Sam Okafor");
			// The structure tree: one document of headings, paragraphs and blocks, in
			// order.
			PdfDictionary tree = catalog.getAsDict(PdfName.STRUCTTREEROOT);
			PdfObject top = PdfReader.getPdfObject(tree.get(PdfName.K));
			PdfDictionary root = (PdfDictionary) PdfReader
				.getPdfObject((top instanceof PdfArray array) ? array.getPdfObject(0) : top);
			assertThat(root.getAsName(PdfName.S)).isEqualTo(PdfName.DOCUMENT);
			List<PdfName> roles = new ArrayList<>();
			PdfArray kids = (PdfArray) PdfReader.getPdfObject(root.get(PdfName.K));
			for (int i = 0; i < kids.size(); i++) {
				roles.add(((PdfDictionary) PdfReader.getPdfObject(kids.getPdfObject(i))).getAsName(PdfName.S));
			}
			assertThat(roles.get(1)).isEqualTo(PdfName.H1);
			assertThat(roles).contains(PdfName.H2, PdfName.P, PdfName.DIV).doesNotContainNull();
			assertThat(roles.stream().filter(PdfName.H2::equals)).hasSize(4);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				assertThat(reader.getPageN(page).get(PdfName.STRUCTPARENTS)).as("page %d", page).isNotNull();
				String content = new String(reader.getPageContent(page), java.nio.charset.StandardCharsets.ISO_8859_1);
				assertThat(content).as("page %d", page).contains("/Artifact BMC", "/MCID");
			}
		}
		finally {
			reader.close();
		}
	}

	@Test
	void noPageEndsWithAHeading() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/people/{id}/report.pdf", this.accounts.id("sam")).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> headings = List.of("Growth report", "Projects", "Skills", "Project retrospectives",
				"Entries, oldest first");
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			assertThat(reader.getNumberOfPages()).isGreaterThan(3);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				List<String> lines = java.util.Arrays.stream(extractor.getTextFromPage(page).split("\n"))
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.contains("Sprout growth report")
							&& !line.matches("Page \\d+"))
					.toList();
				assertThat(headings).as("the last line of page %d", page).doesNotContain(lines.get(lines.size() - 1));
			}
		}
		finally {
			reader.close();
		}
	}

	private String report(String viewer, String query) throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/people/{id}/report.pdf" + query, this.accounts.id("sam")).with(this.accounts.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return text(pdf);
	}

	/** What the page contents draw as artifacts: the footers. */
	private String footers(String viewer, String query) throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/people/{id}/report.pdf" + query, this.accounts.id("sam")).with(this.accounts.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(pdf);
		try {
			StringBuilder drawn = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				String content = new String(reader.getPageContent(page), java.nio.charset.StandardCharsets.ISO_8859_1);
				java.util.regex.Matcher artifact = java.util.regex.Pattern
					.compile("/Artifact BMC(.*?)EMC", java.util.regex.Pattern.DOTALL)
					.matcher(content);
				while (artifact.find()) {
					java.util.regex.Matcher shown = java.util.regex.Pattern.compile("\\((.*?)\\)\\s*Tj")
						.matcher(artifact.group(1));
					while (shown.find()) {
						drawn.append(shown.group(1)).append('\n');
					}
				}
			}
			return drawn.toString();
		}
		finally {
			reader.close();
		}
	}

	static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

	private long add(Visibility visibility, String situation, String behaviour, String impact, String nextStep) {
		FeedbackEntry saved = this.transactions.execute((tx) -> {
			FeedbackEntry entry = new FeedbackEntry(this.accounts.person("maria"), this.accounts.person("sam"));
			entry.setObservedOn(DAY);
			entry.setKind(FeedbackKind.REDIRECTING);
			entry.setVisibility(visibility);
			entry.setSkills(Set.of(this.skills.findByRetiredFalseOrderByPositionAsc().get(0)));
			entry.setSituation(situation);
			entry.setBehaviour(behaviour);
			entry.setImpact(impact);
			entry.setNextStep(nextStep);
			return this.entries.save(entry);
		});
		this.added.add(saved.getId());
		return saved.getId();
	}

	/** A finished project Sam led, with his retrospective and feedback on it. */
	private Project writeRetrospective(String text) {
		Project done = this.transactions.execute((tx) -> {
			Project project = new Project("Finished pilot", this.accounts.person("sam"), this.accounts.person("maria"));
			project.setGoal("A pilot that finished.");
			project.activate("Anything may fail.", null, LocalDate.now().minusDays(60));
			project.close(LocalDate.now().minusDays(1), java.time.Instant.now());
			project.writeRetrospective(text);
			return this.projects.save(project);
		});
		this.retroProject = done.getId();
		FeedbackEntry onIt = this.transactions.execute((tx) -> {
			FeedbackEntry entry = new FeedbackEntry(this.accounts.person("maria"), this.accounts.person("sam"));
			entry.setObservedOn(LocalDate.now().minusDays(5));
			entry.setKind(FeedbackKind.REINFORCING);
			entry.setVisibility(Visibility.SHARED);
			entry.setProject(this.projects.getReferenceById(done.getId()));
			entry.setSkills(Set.of(this.skills.findByRetiredFalseOrderByPositionAsc().get(0)));
			entry.setSituation("In the pilot's last week.");
			entry.setBehaviour("You asked before you decided.");
			entry.setImpact("Everyone knew why.");
			entry.setNextStep("Keep asking first.");
			return this.entries.save(entry);
		});
		this.added.add(onIt.getId());
		return done;
	}

	@AfterEach
	void restore() {
		this.transactions.executeWithoutResult((tx) -> {
			this.entries.deleteAllById(this.added);
			if (this.retroProject != null) {
				this.projects.deleteById(this.retroProject);
			}
		});
	}

}
