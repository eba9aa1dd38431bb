package org.sprout.feedback.coach;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceTest {

	@ParameterizedTest(name = "{0} reinforcing, {1} redirecting: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# reinforcing | redirecting | lean
			0             | 0           | EVEN
			4             | 0           | EVEN
			0             | 4           | EVEN
			5             | 0           | MOSTLY_REINFORCING
			0             | 5           | MOSTLY_REDIRECTING
			4             | 1           | MOSTLY_REINFORCING
			1             | 4           | MOSTLY_REDIRECTING
			8             | 2           | MOSTLY_REINFORCING
			2             | 8           | MOSTLY_REDIRECTING
			7             | 3           | EVEN
			3             | 7           | EVEN
			5             | 5           | EVEN
			10            | 0           | MOSTLY_REINFORCING
			3             | 2           | EVEN
			""")
	void leansWhenEightyPercentOrMoreOfAtLeastFiveAreOneKind(int reinforcing, int redirecting, Balance.Lean lean) {
		Balance balance = new Balance(reinforcing, redirecting);
		assertThat(balance.lean()).isEqualTo(lean);
		assertThat(balance.isLopsided()).isEqualTo(lean != Balance.Lean.EVEN);
		assertThat(balance.messageKey()).isEqualTo("coach.balance." + lean);
	}

	@ParameterizedTest
	@CsvSource({ "8, 2, 8", "1, 9, 9" })
	void countsTheEntriesOfTheKindItLeansTo(int reinforcing, int redirecting, int leaning) {
		assertThat(new Balance(reinforcing, redirecting).leaning()).isEqualTo(leaning);
	}

}
