package org.sprout.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * What makes a password acceptable: long enough to resist guessing, short enough for the
 * hash (bcrypt reads at most 72 bytes and refuses more), not built on the username, not
 * one of the passwords attackers try first, and hard to guess by the patterns attackers
 * try (zxcvbn's estimate: repeats, sequences, keyboard rows, dates, common words). A
 * refused password says which pattern gave it away.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	/**
	 * zxcvbn's score a password must reach: 3 is "safely unguessable", about 10^8 guesses
	 * or more, against a slow hash such as bcrypt.
	 */
	public static final int MIN_STRENGTH = 3;

	static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

	/** Loads its dictionaries once; measuring is thread-safe. */
	private static final Zxcvbn STRENGTH = new Zxcvbn();

	private final Set<String> common;

	/** A policy refusing the given common passwords, compared ignoring case. */
	public PasswordPolicy(Collection<String> commonPasswords) {
		this.common = commonPasswords.stream().map(PasswordPolicy::lower).collect(Collectors.toUnmodifiableSet());
	}

	/** The policy with the list of common passwords shipped with Sprout. */
	public static PasswordPolicy standard() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing");
			}
			List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			return new PasswordPolicy(lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Everything wrong with the password for the account, or nothing. */
	public List<Problem> problems(String username, String password) {
		List<Problem> problems = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add(Problem.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add(Problem.TOO_LONG);
		}
		if (username != null && !username.isBlank() && lower(password).contains(lower(username.strip()))) {
			problems.add(Problem.CONTAINS_USERNAME);
		}
		if (this.common.contains(lower(password))) {
			problems.add(Problem.COMMON);
		}
		if (problems.isEmpty()) {
			guessable(username, password).ifPresent(problems::add);
		}
		return problems;
	}

	/**
	 * Why the password is easy to guess, by the pattern that gave most of it away, or
	 * empty when it is hard enough.
	 */
	private static Optional<Problem> guessable(String username, String password) {
		Strength strength = STRENGTH.measure(password,
				(username != null && !username.isBlank()) ? List.of(username.strip()) : List.of());
		if (strength.getScore() >= MIN_STRENGTH) {
			return Optional.empty();
		}
		Optional<Match> weakest = strength.getSequence()
			.stream()
			.filter((match) -> match.pattern != Pattern.Bruteforce)
			.max(Comparator.comparingInt(Match::tokenLength));
		if (weakest.map((match) -> oneCharacter(match.token)).orElse(false)) {
			return Optional.of(Problem.GUESSABLE_REPEAT);
		}
		return Optional.of(switch (weakest.map((match) -> match.pattern).orElse(Pattern.Bruteforce)) {
			case Repeat -> Problem.GUESSABLE_REPEAT;
			case Sequence -> Problem.GUESSABLE_SEQUENCE;
			case Spatial -> Problem.GUESSABLE_KEYBOARD;
			case Dictionary -> Problem.GUESSABLE_WORDS;
			case Date, Regex -> Problem.GUESSABLE_DATE;
			case Bruteforce -> Problem.GUESSABLE;
		});
	}

	private static boolean oneCharacter(CharSequence token) {
		return token.codePoints().distinct().count() == 1;
	}

	/** How many common passwords the policy refuses. */
	public int commonPasswordCount() {
		return this.common.size();
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/** A reason to refuse a password; each has a message {@code password.<NAME>}. */
	public enum Problem {

		TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON,

		/** Easy to guess, mostly a repeat ("zzzzzzzzzzzz", twelve spaces). */
		GUESSABLE_REPEAT,

		/** Easy to guess, mostly a sequence ("123456789012", "abcdefghijkl"). */
		GUESSABLE_SEQUENCE,

		/** Easy to guess, mostly a row or shape on the keyboard ("qwertyuiopas"). */
		GUESSABLE_KEYBOARD,

		/** Easy to guess, mostly common words or names. */
		GUESSABLE_WORDS,

		/** Easy to guess, mostly a date or a year. */
		GUESSABLE_DATE,

		/** Easy to guess for another reason (too little variety). */
		GUESSABLE;

		public String messageKey() {
			return "password." + name();
		}

	}

}
