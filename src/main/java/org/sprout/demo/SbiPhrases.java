package org.sprout.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.springframework.core.io.ClassPathResource;

import org.sprout.feedback.FeedbackKind;

/**
 * The bank of realistic situation, behaviour, impact and next-step phrases per skill and
 * kind that demo feedback is composed from ({@code demo/sbi-texts.tsv}).
 */
final class SbiPhrases {

	private static final String ANY = "*";

	private final Map<String, List<String>> phrases;

	private SbiPhrases(Map<String, List<String>> phrases) {
		this.phrases = phrases;
	}

	static SbiPhrases load() {
		Map<String, List<String>> phrases = new HashMap<>();
		ClassPathResource resource = new ClassPathResource("demo/sbi-texts.tsv");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] columns = line.split("\t");
				if (columns.length == 4) {
					phrases.computeIfAbsent(key(columns[0], columns[1], columns[2]), (k) -> new ArrayList<>())
						.add(columns[3].strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SbiPhrases(phrases);
	}

	String situation(RandomGenerator random) {
		return pick(key(ANY, ANY, "SITUATION"), random);
	}

	String part(String skill, FeedbackKind kind, String part, RandomGenerator random) {
		return pick(key(skill, kind.name(), part), random);
	}

	private String pick(String key, RandomGenerator random) {
		List<String> options = this.phrases.get(key);
		if (options == null || options.isEmpty()) {
			throw new IllegalStateException("No demo phrases for " + key);
		}
		return options.get(random.nextInt(options.size()));
	}

	private static String key(String skill, String kind, String part) {
		return skill + "|" + kind + "|" + part;
	}

}
