package org.sprout.recognition;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.recognition.EmergenceScore.Breakdown;
import org.sprout.recognition.EmergenceScore.Given;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each rule of the emergence score on its own, then together. */
class EmergenceScoreTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static final String TEAM = "Platform";

	private final EmergenceScore score = new EmergenceScore(EmergenceScore.Settings.DEFAULT);

	private static Given teammate(long giver, int daysAgo) {
		return new Given(giver, TEAM, false, Power.EXPERT, TODAY.minusDays(daysAgo));
	}

	private Breakdown of(Given... given) {
		return this.score.of(TEAM, false, List.of(given), TODAY);
	}

	@Test
	void oneFreshRecognitionFromATeammateIsTen() {
		assertThat(of(teammate(1, 0)).score()).isEqualTo(10.0);
	}

	@Test
	void distinctGiversCountNotRepeatedOnes() {
		Breakdown once = of(teammate(1, 0));
		Breakdown repeated = of(teammate(1, 0), teammate(1, 0),
				new Given(1, TEAM, false, Power.REFERENT, TODAY.minusDays(1)));
		Breakdown twoPeople = of(teammate(1, 0), teammate(2, 0));
		assertThat(repeated.score()).isEqualTo(once.score());
		assertThat(repeated.distinctGivers()).isEqualTo(1);
		assertThat(repeated.expert()).isEqualTo(2);
		assertThat(repeated.referent()).isEqualTo(1);
		assertThat(twoPeople.score()).isEqualTo(20.0);
		assertThat(twoPeople.distinctGivers()).isEqualTo(2);
	}

	@Test
	void aRepeatedGiverAddsTheirHeaviestRecognitionOnly() {
		assertThat(of(teammate(1, 90), teammate(1, 0)).score()).isEqualTo(10.0);
	}

	@ParameterizedTest(name = "{0} days old: {1}")
	@CsvSource({ "0, 10.0", "45, 7.1", "90, 5.0", "179, 2.5", "180, 0.0", "400, 0.0", "-1, 0.0" })
	void recentRecognitionsWeighMoreAndOldOnesLeaveTheWindow(int daysAgo, double expected) {
		assertThat(of(teammate(1, daysAgo)).score()).isCloseTo(expected, within(0.05));
	}

	@ParameterizedTest(name = "giver team {0}: {1}")
	@CsvSource(value = { "Platform, 10.0", "platform , 10.0", "Payments, 15.0", "NULL, 10.0", "'', 10.0" },
			nullValues = "NULL")
	void giversFromOtherTeamsWeighMore(String giverTeam, double expected) {
		assertThat(of(new Given(1, giverTeam, false, Power.EXPERT, TODAY)).score()).isEqualTo(expected);
	}

	@Test
	void teamsReachedCountsTheGiversTeams() {
		Breakdown breakdown = of(new Given(1, "Payments", false, Power.EXPERT, TODAY),
				new Given(2, "payments", false, Power.EXPERT, TODAY),
				new Given(3, "Data", false, Power.REFERENT, TODAY), new Given(4, null, false, Power.REFERENT, TODAY));
		assertThat(breakdown.teamsReached()).isEqualTo(2);
	}

	@Test
	void aPersonsOwnReportsCountLess() {
		Breakdown fromReport = of(new Given(1, TEAM, true, Power.REFERENT, TODAY));
		Breakdown fromPeer = of(new Given(1, TEAM, false, Power.REFERENT, TODAY));
		assertThat(fromReport.score()).isEqualTo(5.0);
		assertThat(fromPeer.score()).isEqualTo(10.0);
	}

	@Test
	void leadingWithoutPositionNeedsNoReportsAndTheThreshold() {
		List<Given> two = List.of(teammate(1, 0), teammate(2, 0));
		assertThat(this.score.of(TEAM, false, two, TODAY).leadingWithoutPosition()).isTrue();
		assertThat(this.score.of(TEAM, true, two, TODAY).leadingWithoutPosition()).isFalse();
		assertThat(this.score.of(TEAM, true, two, TODAY).hasReports()).isTrue();
		assertThat(this.score.of(TEAM, false, List.of(teammate(1, 0)), TODAY).leadingWithoutPosition()).isFalse();
	}

	@Test
	void theRulesCombine() {
		// A report from another team, 90 days ago: 0.5 (decay) x 1.5 (team) x 0.5
		// (report).
		Given given = new Given(1, "Payments", true, Power.EXPERT, TODAY.minusDays(90));
		assertThat(of(given).score()).isEqualTo(3.8);
	}

	@Test
	void nobodyRecognisedHasAnEmptyBreakdown() {
		Breakdown none = this.score.of(TEAM, false, List.of(), TODAY);
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.score()).isZero();
		assertThat(none.leadingWithoutPosition()).isFalse();
	}

}
