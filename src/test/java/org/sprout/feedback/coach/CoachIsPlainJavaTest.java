package org.sprout.feedback.coach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's rules stay plain Java: only {@code CoachConfig} may know Spring, and
 * nothing in the package knows JPA.
 */
class CoachIsPlainJavaTest {

	private static final Path PACKAGE = Path.of("src/main/java/org/sprout/feedback/coach");

	@Test
	void onlyTheConfigurationImportsSpringAndNothingImportsJpa() throws IOException {
		try (Stream<Path> files = Files.list(PACKAGE)) {
			List<Path> sources = files.filter((f) -> f.toString().endsWith(".java")).toList();
			assertThat(sources).isNotEmpty();
			for (Path source : sources) {
				String text = Files.readString(source);
				assertThat(text).as(source.toString())
					.doesNotContain("import jakarta.persistence", "import org.hibernate");
				if (!source.endsWith("CoachConfig.java")) {
					assertThat(text).as(source.toString()).doesNotContain("import org.springframework");
				}
			}
		}
	}

}
