package org.sprout.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Released migrations are history: a database made by an earlier release carries each
 * one's checksum, and Flyway refuses to start when a file changed. Each released file
 * must still read exactly as it did (its SHA-256 is kept in
 * {@code db/released-migrations.txt}); a file not yet released must come after all of
 * them.
 */
class MigrationsAreHistoryTest {

	@Test
	void everyReleasedMigrationIsUnchangedAndNewOnesComeAfter() throws Exception {
		Map<String, String> released = released();
		Map<String, String> present = new LinkedHashMap<>();
		for (Resource file : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/V*__*.sql")) {
			try (InputStream in = file.getInputStream()) {
				present.put(file.getFilename(), sha256(in.readAllBytes()));
			}
		}
		released.forEach((name, checksum) -> {
			assertThat(present).as("the released migration %s is still there", name).containsKey(name);
			assertThat(present.get(name)).as("%s was released and must not change: add a new migration instead", name)
				.isEqualTo(checksum);
		});
		int newestReleased = released.keySet().stream().mapToInt(MigrationsAreHistoryTest::version).max().orElse(0);
		present.keySet()
			.stream()
			.filter((name) -> !released.containsKey(name))
			.forEach((name) -> assertThat(version(name))
				.as("%s is not released yet, so it must come after V%d", name, newestReleased)
				.isGreaterThan(newestReleased));
	}

	private static Map<String, String> released() throws IOException {
		Map<String, String> released = new LinkedHashMap<>();
		try (InputStream in = Objects
			.requireNonNull(MigrationsAreHistoryTest.class.getResourceAsStream("/db/released-migrations.txt"))) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> released.put(line.split("\\s+")[0], line.split("\\s+")[1]));
		}
		assertThat(released).as("the list of released migrations").isNotEmpty();
		return released;
	}

	private static int version(String fileName) {
		return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
