package org.sprout.web;

/**
 * What typed text means once trimmed: an optional field left blank is no value.
 */
public final class Text {

	private Text() {
	}

	/** The text without surrounding blanks, or null when nothing but blanks was typed. */
	public static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
