package org.sprout.growth;

/**
 * Keeps a spreadsheet from running what an exported cell says (CSV or formula injection):
 * a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return may be read as a formula, so it gets a leading single quote, which spreadsheets
 * show as text. A program reading the file gets the text back by dropping a quote that
 * precedes one of these characters.
 */
final class SpreadsheetCell {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCell() {
	}

	static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
