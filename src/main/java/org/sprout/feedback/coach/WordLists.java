package org.sprout.feedback.coach;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads the coach's word lists from the class path: one word or phrase a line; blank
 * lines and lines starting with {@code #} are skipped.
 */
public final class WordLists {

	/** Where the lists live, under the class path. */
	public static final String FOLDER = "coach/";

	private WordLists() {
	}

	public static List<String> load(String name) {
		String resource = FOLDER + name;
		try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing coach word list " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The coach with the lists shipped in {@code coach/}. */
	public static FeedbackCoach coach() {
		return new FeedbackCoach(lexicon());
	}

	/** The lists shipped in {@code coach/}. */
	public static Lexicon lexicon() {
		return new Lexicon(load("moments.txt"), load("vague-times.txt"), load("fillers.txt"), load("action-verbs.txt"),
				load("vague-steps.txt"), load("vague-praise.txt"), load("judgements.txt"), load("character.txt"),
				load("people.txt"), load("roles.txt"), load("traits.txt"), load("feelings.txt"), load("motives.txt"));
	}

}
