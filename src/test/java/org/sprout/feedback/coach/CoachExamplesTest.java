package org.sprout.feedback.coach;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.sprout.feedback.FeedbackKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped coach against a table of example feedback written and labelled by hand
 * ({@code src/test/resources/coach/examples.tsv}). A "good" example agrees when it scores
 * at least {@link FeedbackCoach#GOOD_SCORE} and has no finding of its labelled rule; a
 * "needs-work" example agrees when its labelled rule has a finding.
 */
class CoachExamplesTest {

	private static final double REQUIRED_AGREEMENT = 90.0;

	private static final Set<String> SKILLS = Set.of("Effective communication", "Situational awareness",
			"Good listening", "Emotional intelligence", "Consensus building", "Diplomacy", "Big-picture thinking");

	record Example(int line, String skill, String label, Rule rule, Draft draft) {
	}

	@Test
	void theCoachAgreesWithTheLabelledExamples() throws IOException {
		FeedbackCoach coach = WordLists.coach();
		List<Example> examples = examples();
		List<String> disagreements = new ArrayList<>();
		int agreed = 0;
		for (Example example : examples) {
			Coaching coaching = coach.review(example.draft());
			boolean agrees = example.label().equals("good")
					? coaching.score() >= FeedbackCoach.GOOD_SCORE && !coaching.has(example.rule())
					: coaching.has(example.rule());
			if (agrees) {
				agreed++;
			}
			else {
				disagreements.add("line " + example.line() + " (" + example.label() + ", " + example.rule().id()
						+ "): score " + coaching.score() + ", " + coaching.findings());
			}
		}
		double agreement = 100.0 * agreed / examples.size();
		System.out.printf("Coach agreement: %.1f%% (%d of %d)%n", agreement, agreed, examples.size());
		disagreements.forEach((d) -> System.out.println("  disagrees: " + d));
		assertThat(agreement).isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
	}

	@Test
	void theTableCoversEverySkillRuleAndLabel() throws IOException {
		List<Example> examples = examples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(40);
		assertThat(examples).extracting(Example::skill).containsOnlyElementsOf(SKILLS);
		assertThat(new TreeSet<>(examples.stream().map(Example::skill).toList())).hasSize(SKILLS.size());
		assertThat(examples).extracting(Example::label).containsOnly("good", "needs-work");
		for (Rule rule : Rule.values()) {
			assertThat(examples).as("needs-work examples of " + rule)
				.anyMatch((e) -> e.rule() == rule && e.label().equals("needs-work"));
			assertThat(examples).as("good examples of " + rule)
				.anyMatch((e) -> e.rule() == rule && e.label().equals("good"));
		}
	}

	static List<Example> examples() throws IOException {
		try (InputStream in = CoachExamplesTest.class.getResourceAsStream("/coach/examples.tsv")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			List<Example> examples = new ArrayList<>();
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i];
				if (line.isBlank() || line.startsWith("#") || line.startsWith("skill\t")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				assertThat(f).as("line " + (i + 1)).hasSize(8);
				examples.add(new Example(i + 1, f[0], f[1], Rule.ofId(f[2]),
						new Draft(f[4], f[5], f[6], f[7], FeedbackKind.valueOf(f[3]))));
			}
			return examples;
		}
	}

}
