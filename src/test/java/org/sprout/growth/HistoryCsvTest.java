package org.sprout.growth;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.Visibility;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV export: what a spreadsheet or a program reads back, who may export, and that it
 * holds exactly what the history page shows.
 */
@SproutTest
class HistoryCsvTest {

	private static final LocalDate NASTY_DAY = LocalDate.of(2001, 2, 3);

	private static final String NASTY_SITUATION = "In the \"Q3, really big\" review\nsecond line\r\nthird line: "
			+ "Zoë, Łukasz, 日本語, 🌱";

	private static final String INJECTION = "=cmd|' /C calc'!A0";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private TransactionTemplate transactions;

	private final List<Long> added = new ArrayList<>();

	@Test
	void nastyContentRoundTripsThroughCommonsCsv() throws Exception {
		FeedbackEntry first = add("maria", Visibility.SHARED, NASTY_DAY, NASTY_SITUATION, INJECTION,
				"+1 from everyone, \"finally\"", "@here: -ask the quietest person first");
		FeedbackEntry second = add("maria", Visibility.SHARED, NASTY_DAY, "\tIndented, with a tab",
				"\rStarts with a carriage return", "-2 hours of meetings", "Keep it up");

		MvcResult result = csv("sam", "?from=2001-02-03&to=2001-02-03").andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		// UTF-8 with a byte order mark, so that Excel reads the accents right.
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = parse(bytes);

		assertThat(records).hasSize(2);
		CSVRecord row = records.get(0);
		assertThat(row.get("Entry")).isEqualTo(first.getId().toString());
		assertThat(row.get("Observed on")).isEqualTo("2001-02-03");
		assertThat(row.get("About")).isEqualTo("Sam Okafor");
		assertThat(row.get("Author")).isEqualTo("Maria Alvarez");
		assertThat(row.get("Skills")).isEqualTo("Good listening; Diplomacy");
		assertThat(row.get("Kind")).isEqualTo("Redirecting");
		assertThat(row.get("Visibility")).isEqualTo("Shared feedback");
		// Quotes, commas, line breaks and unicode come back exactly.
		assertThat(row.get("Situation")).isEqualTo(NASTY_SITUATION);
		// Formula starts are neutralised with a quote, and nothing else changes.
		assertThat(row.get("Behaviour")).isEqualTo("'" + INJECTION);
		assertThat(row.get("Impact")).isEqualTo("'+1 from everyone, \"finally\"");
		assertThat(row.get("Next step")).isEqualTo("'@here: -ask the quietest person first");
		assertThat(row.get("Created at (UTC)")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
		assertThat(row.get("Acknowledged at (UTC)")).isEmpty();

		CSVRecord other = records.get(1);
		assertThat(other.get("Entry")).isEqualTo(second.getId().toString());
		assertThat(other.get("Situation")).isEqualTo("'\tIndented, with a tab");
		assertThat(other.get("Behaviour")).isEqualTo("'\rStarts with a carriage return");
		assertThat(other.get("Impact")).isEqualTo("'-2 hours of meetings");
		assertThat(other.get("Next step")).isEqualTo("Keep it up");
		for (CSVRecord record : records) {
			for (String cell : record) {
				assertThat(cell).doesNotStartWith("=")
					.doesNotStartWith("+")
					.doesNotStartWith("-")
					.doesNotStartWith("@")
					.doesNotStartWith("\t")
					.doesNotStartWith("\r");
			}
		}
	}

	@Test
	void theExportHoldsWhatTheHistoryShowsOldestFirst() throws Exception {
		for (String query : new String[] { "", "?kind=REDIRECTING" }) {
			List<CSVRecord> records = parse(csv("sam", query).andReturn().getResponse().getContentAsByteArray());
			assertThat((long) records.size()).as(query).isEqualTo(historySize("sam", query));
			assertThat(records).extracting((record) -> LocalDate.parse(record.get("Observed on")))
				.isSortedAccordingTo(LocalDate::compareTo);
			assertThat(records).extracting((record) -> record.get("Visibility")).containsOnly("Shared feedback");
			if (!query.isEmpty()) {
				assertThat(records).extracting((record) -> record.get("Kind")).containsOnly("Redirecting");
			}
		}
	}

	@Test
	void samAndHisManagerExportOthersGetNotFound() throws Exception {
		csv("sam", "").andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"sprout-feedback-sam-" + LocalDate.now() + ".csv\""));
		csv("maria", "");
		for (String outsider : List.of("lee", "priya", "admin")) {
			this.mvc.perform(get("/people/{id}/feedback.csv", this.accounts.id("sam")).with(this.accounts.as(outsider)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/people/999999/feedback.csv").with(this.accounts.as("maria")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/people/{id}/feedback.csv?from=yesterday", this.accounts.id("sam"))
				.with(this.accounts.as("sam")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aPrivateNoteIsOnlyInItsAuthorsExport() throws Exception {
		FeedbackEntry note = add("maria", Visibility.PRIVATE_NOTE, NASTY_DAY, "PRIVATE-NOTE-MARKER in a 1:1",
				"You hesitated.", "We lost time.", "Ask sooner.");
		String query = "?from=2001-02-03&to=2001-02-03";

		List<CSVRecord> marias = parse(csv("maria", query).andReturn().getResponse().getContentAsByteArray());
		assertThat(marias).extracting((record) -> record.get("Entry")).containsExactly(note.getId().toString());
		assertThat(marias.get(0).get("Visibility")).isEqualTo("Private note");

		byte[] sams = csv("sam", query).andReturn().getResponse().getContentAsByteArray();
		assertThat(parse(sams)).isEmpty();
		assertThat(new String(sams, StandardCharsets.UTF_8)).doesNotContain("PRIVATE-NOTE-MARKER");
	}

	@Test
	void theCoachsScoreAndFindingsAreInTheAuthorsExportOnly() throws Exception {
		FeedbackEntry scored = add("maria", Visibility.SHARED, NASTY_DAY, "At the review", "You were vague.",
				"We lost time.", "Be specific.");
		this.transactions.executeWithoutResult(
				(tx) -> this.entries.findById(scored.getId()).orElseThrow().setQuality(42, "SCORE-FINDING-MARKER"));
		String query = "?from=2001-02-03&to=2001-02-03";

		CSVRecord marias = parse(csv("maria", query).andReturn().getResponse().getContentAsByteArray()).get(0);
		assertThat(marias.get("Quality score")).isEqualTo("42");
		assertThat(marias.get("Quality findings")).isEqualTo("SCORE-FINDING-MARKER");
		byte[] sams = csv("sam", query).andReturn().getResponse().getContentAsByteArray();
		CSVRecord sam = parse(sams).get(0);
		assertThat(sam.get("Entry")).isEqualTo(scored.getId().toString());
		assertThat(sam.get("Quality score")).isEmpty();
		assertThat(sam.get("Quality findings")).isEmpty();
		assertThat(new String(sams, StandardCharsets.UTF_8)).doesNotContain("SCORE-FINDING-MARKER");
	}

	@Test
	void theSubjectsAnswerIntentAndCommitmentDoneWithItsNoteAreInTheExport() throws Exception {
		FeedbackEntry entry = add("maria", Visibility.SHARED, NASTY_DAY, "At the review", "You asked first.",
				"Everyone spoke.", "Keep asking first.");
		this.transactions.executeWithoutResult((tx) -> {
			FeedbackEntry answered = this.entries.findById(entry.getId()).orElseThrow();
			answered.reflect("I saw it work.", "I wanted to hear Lee.", "ask the quietest first",
					java.time.Instant.now());
			answered.markCommitmentDone("Did it twice.", java.time.Instant.now());
		});
		for (String viewer : List.of("sam", "maria")) {
			CSVRecord row = parse(
					csv(viewer, "?from=2001-02-03&to=2001-02-03").andReturn().getResponse().getContentAsByteArray())
				.get(0);
			assertThat(row.get("Reflection")).isEqualTo("I saw it work.");
			assertThat(row.get("My intent was")).isEqualTo("I wanted to hear Lee.");
			assertThat(row.get("Next time I will")).isEqualTo("ask the quietest first");
			assertThat(row.get("Commitment done at (UTC)")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
			assertThat(row.get("Commitment note")).isEqualTo("Did it twice.");
		}
	}

	private ResultActions csv(String viewer, String query) throws Exception {
		return this.mvc
			.perform(get("/people/{id}/feedback.csv" + query, this.accounts.id("sam")).with(this.accounts.as(viewer)))
			.andExpect(status().isOk());
	}

	private long historySize(String viewer, String query) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/people/{id}/feedback" + query, this.accounts.id("sam")).with(this.accounts.as(viewer)))
			.andReturn();
		return ((Page<?>) result.getModelAndView().getModel().get("page")).getTotalElements();
	}

	/** Parses as a program would: UTF-8, byte order mark dropped, header row. */
	static List<CSVRecord> parse(byte[] bytes) throws IOException {
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	private FeedbackEntry add(String author, Visibility visibility, LocalDate day, String situation, String behaviour,
			String impact, String nextStep) {
		FeedbackEntry saved = this.transactions.execute((tx) -> {
			FeedbackEntry entry = new FeedbackEntry(this.accounts.person(author), this.accounts.person("sam"));
			entry.setObservedOn(day);
			entry.setKind(FeedbackKind.REDIRECTING);
			entry.setVisibility(visibility);
			entry.setSkills(Set.copyOf(this.skills.findByRetiredFalseOrderByPositionAsc()
				.stream()
				.filter((skill) -> Set.of("Good listening", "Diplomacy").contains(skill.getName()))
				.toList()));
			entry.setSituation(situation);
			entry.setBehaviour(behaviour);
			entry.setImpact(impact);
			entry.setNextStep(nextStep);
			return this.entries.save(entry);
		});
		this.added.add(saved.getId());
		return saved;
	}

	@AfterEach
	void removeAdded() {
		this.transactions.executeWithoutResult((tx) -> this.entries.deleteAllById(this.added));
	}

}
