package org.sprout.feedback.coach;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word list compiled for matching whole words or phrases in lower-case text: "just" is
 * not found in "adjust", "bad attitude" is found across any spaces.
 */
final class Phrases {

	private final List<String> phrases = new ArrayList<>();

	private final List<Pattern> patterns = new ArrayList<>();

	private final Set<String> words = new LinkedHashSet<>();

	Phrases(List<String> list) {
		for (String phrase : list) {
			String normal = Text.normalise(phrase);
			if (!normal.isEmpty()) {
				String quoted = Pattern.quote(normal).replace(" ", "\\E\\s+\\Q");
				this.phrases.add(normal);
				this.patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}'])" + quoted + "(?![\\p{L}\\p{N}])"));
				this.words.add(normal);
			}
		}
	}

	/** Whether the one word is on the list. */
	boolean contains(String word) {
		return this.words.contains(word);
	}

	/** The phrases found in the text, each once, as listed. */
	Set<String> foundIn(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (int i = 0; i < this.patterns.size(); i++) {
			if (this.patterns.get(i).matcher(text).find()) {
				found.add(this.phrases.get(i));
			}
		}
		return found;
	}

	/** The first match of each phrase in the text, as typed. */
	Set<String> matchesIn(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (Pattern pattern : this.patterns) {
			Matcher matcher = pattern.matcher(text);
			if (matcher.find()) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	/** Each match: the phrase and where it starts and ends in the text. */
	List<Match> allIn(String text) {
		List<Match> found = new ArrayList<>();
		for (int i = 0; i < this.patterns.size(); i++) {
			Matcher matcher = this.patterns.get(i).matcher(text);
			while (matcher.find()) {
				found.add(new Match(this.phrases.get(i), matcher.start(), matcher.end()));
			}
		}
		return found;
	}

	/** The text with every phrase of the list taken out. */
	String removeFrom(String text) {
		String rest = text;
		for (Pattern pattern : this.patterns) {
			rest = pattern.matcher(rest).replaceAll(" ");
		}
		return rest;
	}

	record Match(String phrase, int start, int end) {
	}

}
