package org.sprout.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable: long enough to resist guessing, short enough for the
 * hash (bcrypt reads at most 72 bytes and refuses more), not built on the username, and
 * not one of the passwords attackers try first.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

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
		return problems;
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

		TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON;

		public String messageKey() {
			return "password." + name();
		}

	}

}
