package org.sprout.feedback.coach;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.feedback.FeedbackKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of a judgement, as a table, with the shipped word lists: statements about the
 * person, guesses at motive or feeling, and who a judgement is about.
 */
class JudgementShapesTest {

	private static final FeedbackCoach COACH = WordLists.coach();

	private static final String SITUATION = "In Tuesday's planning meeting";

	private static final String IMPACT = "The quieter engineers stopped speaking.";

	private static final String NEXT_STEP = "Ask the quietest person for their estimate first.";

	@ParameterizedTest(name = "\"{0}\" -> {1} {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# behaviour                                                      | message key          | quoted
					You were rude to Lee.                                            | coach.work.judgement | rude
					You stayed calm while a customer was rude to you.                | -                    | -
					The customer was rude and you stayed calm.                       | -                    | -
					You handled the rude customer without raising your voice.        | -                    | -
					When their CTO called our team incompetent, you listed the fixes. | -                   | -
					You dismissed the question, which was rude.                      | coach.work.judgement | rude
					Rude and arrogant.                                               | coach.work.judgement | 'rude, arrogant'
					You wrote "this is lazy thinking" in the review.                 | -                    | -
					You are a negative person.                                       | coach.work.judgement | negative
					You were so cold with their lead.                                | coach.work.judgement | cold
					You came across as blunt.                                        | coach.work.judgement | blunt
					You moved the logs to cold storage.                              | -                    | -
					The change had a negative effect on latency.                     | -                    | -
					It was a difficult question and you answered it.                 | -                    | -
					Your attitude is bad.                                            | coach.work.person    | your attitude
					You're a bad communicator.                                       | coach.work.person    | a bad communicator
					You're not a people person.                                      | coach.work.person    | a people person
					You were the first person to reply.                              | -                    | -
					You acted like a child when outvoted.                            | coach.work.person    | acted like a child
					You clearly wanted to get it over with.                          | coach.work.motive    | you clearly wanted to
					You didn't care about the customers.                             | coach.work.motive    | you didn't care
					You seemed not to care about the delay.                          | coach.work.motive    | you seemed not to care
					You left the question unanswered on purpose.                     | coach.work.motive    | on purpose
					You pushed your design because you think you're always right.    | coach.work.motive    | 'because you think, you think you''re'
					You felt threatened by the new lead.                             | coach.work.motive    | you felt
					You seemed bored in the one-to-one.                              | coach.work.motive    | you seemed bored
					You told her you wanted to understand the problem first.         | -                    | -
					You asked Lee what he wanted to learn.                           | -                    | -
					You asked what you wanted to know before the vote.               | -                    | -
					""")
	void readsTheShapeOfAJudgementInTheBehaviour(String behaviour, String key, String quoted) {
		List<Finding> found = COACH.review(new Draft(SITUATION, behaviour, IMPACT, NEXT_STEP, FeedbackKind.REDIRECTING))
			.findings()
			.stream()
			.filter((finding) -> finding.rule() == Rule.ABOUT_THE_WORK)
			.toList();
		if (key.equals("-")) {
			assertThat(found).isEmpty();
		}
		else {
			assertThat(found).singleElement().satisfies((finding) -> {
				assertThat(finding.messageKey()).isEqualTo(key);
				assertThat(finding.detail()).isEqualTo(quoted);
				assertThat(finding.part()).isEqualTo(Part.BEHAVIOUR);
			});
		}
	}

	@ParameterizedTest(name = "third person: \"{0}\" -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Sam was rude to the client.                      | true
			She came across as cold.                         | true
			Sam stayed calm while a client was rude to him.  | false
			""")
	void aDraftNotWrittenToThePersonJudgesThemByNameOrPronoun(String behaviour, boolean judged) {
		Coaching coaching = COACH
			.review(new Draft("In Tuesday's planning meeting", behaviour, "The client asked for another contact.",
					"Ask Sam to rehearse the next call.", FeedbackKind.REDIRECTING));
		assertThat(coaching.has(Rule.ABOUT_THE_WORK)).isEqualTo(judged);
	}

	@ParameterizedTest(name = "next step \"{0}\" -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Keep it up!                                              | coach.actionable.vague
			Try to be more inclusive.                                | coach.actionable.vague
			You need to improve your listening.                      | coach.actionable.vague
			Keep doing what you're doing and share it with the team. | -
			Next time, be more specific and name the ticket.         | -
			Be careful.                                              | coach.actionable.noAction
			""")
	void aNextStepThatOnlySoundsLikeOneProposesNothing(String nextStep, String key) {
		List<String> keys = COACH
			.review(new Draft(SITUATION, "You asked each person for their estimate first.", IMPACT, nextStep,
					FeedbackKind.REDIRECTING))
			.findings()
			.stream()
			.filter((finding) -> finding.rule() == Rule.ACTIONABLE)
			.map(Finding::messageKey)
			.toList();
		assertThat(keys).isEqualTo(key.equals("-") ? List.of() : List.of(key));
	}

	@ParameterizedTest(name = "behaviour \"{0}\" -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			You did a fantastic job handling it.                              | coach.clear.vagueBehaviour
			Great job on the project, team!                                   | coach.clear.vagueBehaviour
			Great job: you opened with the customer's numbers and cut the deck to 8 slides. | -
			You never said which goal the tickets served.                     | -
			You never ask the team first.                                     | coach.clear.generalBehaviour
			You tend to finish other people's sentences.                      | coach.clear.generalBehaviour
			You said the data team "always breaks things".                    | -
			""")
	void praiseThatNamesNoActAndGeneralisationsAreNotClear(String behaviour, String key) {
		List<String> keys = COACH.review(new Draft(SITUATION, behaviour, IMPACT, NEXT_STEP, FeedbackKind.REINFORCING))
			.findings()
			.stream()
			.filter((finding) -> finding.rule() == Rule.CLEAR)
			.map(Finding::messageKey)
			.toList();
		assertThat(keys).isEqualTo(key.equals("-") ? List.of() : List.of(key));
	}

}
