package org.sprout.growth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"=cmd|' /C calc'!A0"  | "'=cmd|' /C calc'!A0"
			"+1 from everyone"    | "'+1 from everyone"
			"-2 hours"            | "'-2 hours"
			"@here: ask first"    | "'@here: ask first"
			"2026-03-01"          | "2026-03-01"
			"You asked = fair"    | "You asked = fair"
			"'already quoted"     | "'already quoted"
			"Zoë, 日本語"           | "Zoë, 日本語"
			""                    | ""
			""")
	void formulaStartsGetAQuote(String value, String cell) {
		assertThat(SpreadsheetCell.neutralise(value)).isEqualTo((cell != null) ? cell : "");
	}

	@ParameterizedTest
	@CsvSource({ "'\t'", "'\r'" })
	void tabsAndCarriageReturnsToo(String start) {
		assertThat(SpreadsheetCell.neutralise(start + "x")).isEqualTo("'" + start + "x");
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "NULL" })
	void nothingIsAnEmptyCell(String value) {
		assertThat(SpreadsheetCell.neutralise(value)).isEmpty();
	}

}
