package org.sprout.people;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.people.ReportingLines.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may become whose manager, as a table. The organisation: 1 manages 2 and 3, 2
 * manages 4, 4 manages 5; 6 stands alone; 7 and 8 already manage each other (a loop left
 * in old data must not hang the check).
 */
class ReportingLinesTest {

	private static final ReportingLines LINES = new ReportingLines(
			List.of(new ManagerLink(2L, 1L), new ManagerLink(3L, 1L), new ManagerLink(4L, 2L), new ManagerLink(5L, 4L),
					new ManagerLink(7L, 8L), new ManagerLink(8L, 7L)));

	@ParameterizedTest(name = "{0} managed by {1}: {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# person | new manager | problem
			2        | 1           | -
			4        | 3           | -
			6        | 5           | -
			1        | 6           | -
			3        | 3           | SELF
			1        | 2           | CYCLE
			1        | 5           | CYCLE
			2        | 5           | CYCLE
			4        | 5           | CYCLE
			5        | 1           | -
			6        | 7           | -
			7        | 6           | -
			7        | 8           | CYCLE
			""")
	void newManagers(long person, long newManager, Problem problem) {
		assertThat(LINES.problemWith(person, newManager)).isEqualTo(Optional.ofNullable(problem));
	}

}
