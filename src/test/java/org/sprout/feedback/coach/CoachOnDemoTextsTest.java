package org.sprout.feedback.coach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check against text the coach's author did not write: every phrase of the demo data
 * ({@code src/main/resources/demo/sbi-texts.tsv}, written as good feedback) is put in an
 * otherwise clean draft, and few may draw a hint. Each hint is printed, to read.
 */
class CoachOnDemoTextsTest {

	private static final double MAX_FLAGGED = 5.0;

	private static final String SITUATION = "In Tuesday's planning meeting";

	private static final String BEHAVIOUR = "You asked each person for their estimate first.";

	private static final String IMPACT = "The quieter engineers spoke up.";

	private static final String NEXT_STEP = "Keep asking the quietest person first.";

	@Test
	void fewDemoPhrasesDrawAHint() throws IOException {
		FeedbackCoach coach = WordLists.coach();
		List<String> flagged = new ArrayList<>();
		int phrases = 0;
		for (String line : Files.readAllLines(Path.of("src/main/resources/demo/sbi-texts.tsv"))) {
			String[] f = line.split("\t");
			if (f.length < 4) {
				continue;
			}
			phrases++;
			String text = f[3];
			Draft draft = switch (f[2]) {
				case "SITUATION" -> new Draft(text, BEHAVIOUR, IMPACT, NEXT_STEP, null);
				case "BEHAVIOUR" -> new Draft(SITUATION, text, IMPACT, NEXT_STEP, null);
				case "IMPACT" -> new Draft(SITUATION, BEHAVIOUR, text, NEXT_STEP, null);
				default -> new Draft(SITUATION, BEHAVIOUR, IMPACT, text, null);
			};
			Coaching coaching = coach.review(draft);
			if (!coaching.findings().isEmpty()) {
				flagged.add(f[2] + " \"" + text + "\": " + coaching.findings());
			}
		}
		double share = 100.0 * flagged.size() / phrases;
		System.out.printf("Coach on demo phrases: %.1f%% drew a hint (%d of %d)%n", share, flagged.size(), phrases);
		flagged.forEach((f) -> System.out.println("  " + f));
		assertThat(phrases).isGreaterThan(200);
		assertThat(share).isLessThanOrEqualTo(MAX_FLAGGED);
	}

}
