package org.sprout.feedback.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the coach cuts text: lower case with straight apostrophes, quotations set aside,
 * sentences, clauses and words.
 */
final class Text {

	/** What stands in for a quotation: what someone said is observed, not judged. */
	static final String QUOTE = "\u00abquote\u00bb";

	private static final Pattern QUOTATION = Pattern.compile("\"[^\"\\n]*\"|\u201c[^\u201d\\n]*\u201d");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:\\n]+(?:\\s|$)|\\n");

	/** Where a clause ends: punctuation, or a word that starts another clause. */
	private static final Pattern CLAUSE_END = Pattern
		.compile("[,()\\-\u2013\u2014]\\s|\\s(?:while|when|whenever|whereas"
				+ "|although|though|but|because|after|before|until|and|or|if|once|as soon as)\\s");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\u00ab\u00bb][\\p{L}\\p{N}'\u00ab\u00bb-]*");

	private Text() {
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return text.replace('\u2019', '\'').replace('\u2018', '\'').strip().toLowerCase(Locale.ROOT);
	}

	/** The text with each quotation replaced by {@link #QUOTE}; case is kept. */
	static String withoutQuotations(String text) {
		return (text == null) ? "" : QUOTATION.matcher(text).replaceAll(QUOTE);
	}

	static List<String> sentences(String text) {
		return split(SENTENCE_END, text);
	}

	static List<String> clauses(String sentence) {
		return split(CLAUSE_END, " " + sentence + " ");
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = matcher.group();
			words.add(word.endsWith("'") ? word.substring(0, word.length() - 1) : word);
		}
		return words;
	}

	static int countWords(String text) {
		int words = 0;
		for (String token : text.split("\\s+")) {
			if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
				words++;
			}
		}
		return words;
	}

	private static List<String> split(Pattern boundary, String text) {
		List<String> parts = new ArrayList<>();
		for (String part : boundary.split(text)) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

}
