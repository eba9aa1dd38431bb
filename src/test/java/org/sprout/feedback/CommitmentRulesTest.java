package org.sprout.feedback;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.people.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a commitment can be marked done, and what saving a reflection again does to it, as
 * a table: the state it is in, and what follows.
 */
class CommitmentRulesTest {

	private static final Instant THEN = Instant.parse("2026-11-02T10:00:00Z");

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@ParameterizedTest(name = "{0}: marked done={1}, open after={2}, done after={3}")
	@CsvSource(delimiter = '|', textBlock = """
			# state        | marked | open after | done after
			none           | false  | false      | false
			open           | true   | false      | true
			followed up    | false  | false      | false
			done           | false  | false      | true
			""")
	void markingDone(String state, boolean marked, boolean openAfter, boolean doneAfter) {
		FeedbackEntry entry = entry(state);
		assertThat(entry.markCommitmentDone("How it went", NOW)).isEqualTo(marked);
		assertThat(entry.hasOpenCommitment()).isEqualTo(openAfter);
		assertThat(entry.isCommitmentDone()).isEqualTo(doneAfter);
		if (marked) {
			assertThat(entry.getCommitmentDoneAt()).isEqualTo(NOW);
			assertThat(entry.getCommitmentNote()).isEqualTo("How it went");
		}
	}

	@ParameterizedTest(name = "{0}, reflected again with {1}: open={2}, done={3}")
	@CsvSource(delimiter = '|', textBlock = """
			# state        | commitment given | open after | done after
			open           | same             | true       | false
			open           | other            | true       | false
			followed up    | same             | false      | false
			followed up    | other            | true       | false
			done           | same             | false      | true
			done           | other            | true       | false
			done           | none             | false      | false
			""")
	void reflectingAgain(String state, String given, boolean openAfter, boolean doneAfter) {
		FeedbackEntry entry = entry(state);
		String commitment = switch (given) {
			case "same" -> "ask first";
			case "other" -> "write it down";
			default -> null;
		};
		entry.reflect("Again", null, commitment, NOW);
		assertThat(entry.hasOpenCommitment()).isEqualTo(openAfter);
		assertThat(entry.isCommitmentDone()).isEqualTo(doneAfter);
	}

	private static FeedbackEntry entry(String state) {
		FeedbackEntry entry = new FeedbackEntry(new Person("maria", "Maria"), new Person("sam", "Sam"));
		entry.setVisibility(Visibility.SHARED);
		if (state.equals("none")) {
			entry.reflect("Taken in", null, null, THEN);
			return entry;
		}
		entry.reflect("Taken in", null, "ask first", THEN);
		if (state.equals("followed up")) {
			entry.closeCommitment(THEN.plusSeconds(60));
		}
		if (state.equals("done")) {
			entry.markCommitmentDone("Did it", THEN.plusSeconds(60));
		}
		return entry;
	}

}
