package org.sprout.feedback.coach;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.feedback.FeedbackKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the coach as a table of small cases, with small word lists of the tests'
 * own: the rules are tested apart from the shipped lists.
 */
class FeedbackCoachTest {

	private static final String SITUATION = "In Tuesday's planning meeting";

	private static final String BEHAVIOUR = "You asked each person for their estimate first.";

	private static final String IMPACT = "The quieter engineers spoke up.";

	private static final String NEXT_STEP = "Keep asking the quietest person first.";

	private final FeedbackCoach coach = new FeedbackCoach(List.of("tuesday", "meeting", "yesterday", "review"),
			List.of("always", "never", "in general", "usually"),
			List.of("basically", "just", "kind of", "to be honest"),
			List.of("try", "ask", "keep", "schedule", "follow up"),
			List.of("lazy", "rude", "bad attitude", "not a leader"));

	@Test
	void aGoodDraftScoresFullMarksWithNoFindings() {
		Coaching coaching = review(SITUATION, BEHAVIOUR, IMPACT, NEXT_STEP);
		assertThat(coaching.score()).isEqualTo(100);
		assertThat(coaching.findings()).isEmpty();
		assertThat(coaching.ruleIds()).isEmpty();
	}

	@ParameterizedTest(name = "clear: situation \"{0}\", behaviour \"{1}\", impact \"{2}\" -> {3}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					In Tuesday's planning meeting        | You asked each person first.  | The plan had fewer surprises. | -
					in tuesday’s planning                | You asked each person first.  | The plan had fewer surprises. | -
					On 12 March at the offsite           | You asked each person first.  | The plan had fewer surprises. | -
					At 10:30 after the incident          | You asked each person first.  | The plan had fewer surprises. | -
					During yesterday's review            | You asked each person first.  | The plan had fewer surprises. | -
					You always do this                   | You asked each person first.  | The plan had fewer surprises. | coach.clear.vagueSituation
					In general, at work                  | You asked each person first.  | The plan had fewer surprises. | coach.clear.vagueSituation
					Usually in a meeting                 | You asked each person first.  | The plan had fewer surprises. | coach.clear.vagueSituation
					At work with the team                | You asked each person first.  | The plan had fewer surprises. | coach.clear.noMoment
					null                                 | You asked each person first.  | The plan had fewer surprises. | coach.clear.missing.situation
					In Tuesday's planning meeting        | '   '                         | The plan had fewer surprises. | coach.clear.missing.behaviour
					In Tuesday's planning meeting        | You asked each person first.  | ''                            | coach.clear.missing.impact
					In Tuesday's planning meeting        | Rude.                         | The plan had fewer surprises. | coach.clear.thin.behaviour
					In Tuesday's planning meeting        | You never ask the team first. | The plan had surprises.       | coach.clear.generalBehaviour
					""")
	void clear(String situation, String behaviour, String impact, String expected) {
		assertFinding(review(situation, behaviour, impact, NEXT_STEP), Rule.CLEAR, expected);
	}

	@ParameterizedTest(name = "concise: {0} words of behaviour, filler \"{1}\" -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			60  | ''             | -
			61  | ''             | coach.concise.partTooLong
			10  | basically      | coach.concise.filler
			10  | just           | coach.concise.filler
			10  | kind of        | coach.concise.filler
			10  | To be honest,  | coach.concise.filler
			10  | adjust         | -
			10  | kindly         | -
			""")
	void concise(int words, String filler, String expected) {
		String behaviour = (filler + " " + "word ".repeat(words - (filler.isBlank() ? 0 : 1))).strip();
		assertFinding(review(SITUATION, behaviour, IMPACT, NEXT_STEP), Rule.CONCISE, expected);
	}

	@Test
	void theWholeDraftHasAWordLimitToo() {
		String part = "In Tuesday's meeting " + "word ".repeat(50);
		Coaching coaching = review(part, part, part, "Keep " + "word ".repeat(10));
		assertThat(coaching.findings()).extracting(Finding::messageKey).containsExactly("coach.concise.tooLong");
		assertThat(coaching.findings().get(0).detail()).isEqualTo(String.valueOf(FeedbackCoach.MAX_TOTAL_WORDS));
	}

	@ParameterizedTest(name = "actionable: \"{0}\" -> {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Keep asking the quietest person first.             | -
			Try summarising the decision before the meeting ends. | -
			Next time, ask Lee before you answer.              | -
			Schedule a follow-up with the team on Friday.      | -
			Follow up with Priya this week.                    | -
			Be more careful.                                   | coach.actionable.noAction
			Communication could be better.                     | coach.actionable.noAction
			Trying harder would help.                          | coach.actionable.noAction
			Keep going.                                        | coach.actionable.thin
			null                                               | coach.actionable.missing
			""")
	void actionable(String nextStep, String expected) {
		assertFinding(review(SITUATION, BEHAVIOUR, IMPACT, nextStep), Rule.ACTIONABLE, expected);
	}

	@ParameterizedTest(name = "about the work: \"{0}\" -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			You asked each person for their estimate first.  | -
			You were lazy about the estimates.               | coach.work.judgement
			You were RUDE to Lee.                            | coach.work.judgement
			You showed a bad   attitude in the review.       | coach.work.judgement
			Honestly, you are not a leader.                  | coach.work.judgement
			You crossed the road to greet the visitors.      | -
			The leader of the review asked you first.        | -
			""")
	void aboutTheWork(String behaviour, String expected) {
		assertFinding(review(SITUATION, behaviour, IMPACT, NEXT_STEP), Rule.ABOUT_THE_WORK, expected);
	}

	@Test
	void aJudgementIsQuotedAndCostsEnoughToFallBelowGood() {
		Coaching coaching = review(SITUATION, "You were lazy and rude in the review.", IMPACT, NEXT_STEP);
		assertThat(coaching.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.ABOUT_THE_WORK);
			assertThat(finding.detail()).isEqualTo("lazy, rude");
		});
		assertThat(coaching.score()).isLessThan(FeedbackCoach.GOOD_SCORE);
		assertThat(coaching.ruleIds()).isEqualTo("about-the-work");
	}

	@Test
	void theScoreNeverFallsBelowZeroAndRuleIdsAreListedOnce() {
		Coaching coaching = review("Always", "You never", null, "Be better, lazy.");
		assertThat(coaching.score()).isZero();
		assertThat(coaching.ruleIds()).isEqualTo("clear,actionable,about-the-work");
	}

	@Test
	void theShippedListsLoad() {
		FeedbackCoach shipped = WordLists.coach();
		assertThat(
				shipped.review(new Draft(SITUATION, BEHAVIOUR, IMPACT, NEXT_STEP, FeedbackKind.REINFORCING)).findings())
			.isEmpty();
		assertThat(WordLists.load("judgements.txt")).contains("lazy", "rude", "arrogant", "bad attitude",
				"not a leader", "selfish", "incompetent");
		assertThat(WordLists.load("fillers.txt")).doesNotContain("")
			.allSatisfy((line) -> assertThat(line).doesNotStartWith("#"));
	}

	private Coaching review(String situation, String behaviour, String impact, String nextStep) {
		return this.coach.review(new Draft(situation, behaviour, impact, nextStep, FeedbackKind.REDIRECTING));
	}

	/** {@code expected} is the message key of the rule's one finding, or "-" for none. */
	private static void assertFinding(Coaching coaching, Rule rule, String expected) {
		List<String> keys = coaching.findings()
			.stream()
			.filter((finding) -> finding.rule() == rule)
			.map(Finding::messageKey)
			.toList();
		if (expected.equals("-")) {
			assertThat(keys).isEmpty();
		}
		else {
			assertThat(keys).containsExactly(expected);
		}
	}

}
