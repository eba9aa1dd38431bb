package org.sprout.ties;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CadenceTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	@ParameterizedTest(name = "cadence {0} days, last feedback {1}, since {2}: {3} days overdue")
	@CsvSource(nullValues = "none", textBlock = """
			14, 2026-06-16, 2026-01-01, 0
			14, 2026-06-15, 2026-01-01, 1
			14, 2026-06-29, 2026-01-01, -13
			7,  2026-06-01, 2026-01-01, 22
			14, none,       2026-06-20, -4
			14, none,       2026-05-01, 46
			""")
	void daysOverdue(int days, LocalDate last, LocalDate since, long overdue) {
		Cadence cadence = new Cadence(days);
		assertThat(cadence.daysOverdue(last, since, TODAY)).isEqualTo(overdue);
		assertThat(cadence.isOverdue(last, since, TODAY)).isEqualTo(overdue > 0);
	}

	@Test
	void aCadenceIsOneDayToAYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Cadence(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Cadence(Cadence.MAX_DAYS + 1));
		assertThat(new Cadence(Cadence.MAX_DAYS).days()).isEqualTo(365);
	}

	@Test
	void theStricterOfTwoIsTheShorterAndNoneAgreedIsAFortnight() {
		assertThat(new Cadence(7).stricter(new Cadence(21))).isEqualTo(new Cadence(7));
		assertThat(new Cadence(21).stricter(new Cadence(7))).isEqualTo(new Cadence(7));
		assertThat(Cadence.orDefault(null)).isEqualTo(new Cadence(14));
		assertThat(Cadence.orDefault(3)).isEqualTo(new Cadence(3));
	}

}
