package org.sprout.feedback.coach;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the coach takes to answer a draft, which it does on every pause in typing: the
 * 209 labelled drafts of both example tables, reviewed over and over after a warm-up,
 * each review timed on its own. Also how long the coach takes to start (its word lists
 * are read and compiled once, when the application starts). Runs only with
 * {@code ./mvnw -Pbenchmark test -Dtest=CoachBenchmarkTest}; the figures are in
 * {@code docs/coach.md}.
 */
@Tag("benchmark")
class CoachBenchmarkTest {

	private static final int WARM_UP_ROUNDS = 20;

	private static final int ROUNDS = 100;

	/** The budget for one answer, at the 95th percentile. */
	private static final double MAX_P95_MILLIS = 20.0;

	@Test
	void theCoachAnswersADraftWellWithinItsBudget() throws IOException {
		long startUp = System.nanoTime();
		FeedbackCoach coach = WordLists.coach();
		double startUpMillis = (System.nanoTime() - startUp) / 1e6;

		List<Draft> drafts = new ArrayList<>();
		CoachExamplesTest.examples("examples.tsv").forEach((example) -> drafts.add(example.draft()));
		CoachExamplesTest.examples("held-out.tsv").forEach((example) -> drafts.add(example.draft()));
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			drafts.forEach(coach::review);
		}
		long[] nanos = new long[ROUNDS * drafts.size()];
		int i = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (Draft draft : drafts) {
				long start = System.nanoTime();
				coach.review(draft);
				nanos[i++] = System.nanoTime() - start;
			}
		}
		Arrays.sort(nanos);
		System.out.printf(
				"Coach benchmark: start-up %.1f ms; %d reviews of %d drafts: median %.3f ms, p95 %.3f ms, p99 %.3f ms,"
						+ " max %.3f ms%n",
				startUpMillis, nanos.length, drafts.size(), millis(nanos, 0.50), millis(nanos, 0.95),
				millis(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
		assertThat(millis(nanos, 0.95)).isLessThan(MAX_P95_MILLIS);
	}

	private static double millis(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
