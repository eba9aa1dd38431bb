package org.sprout.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All user-facing text lives in messages.properties: no template holds literal words
 * between tags or in the attributes people read (placeholder, title, alt, aria-label).
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private static final Pattern SCRIPTS = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE_VALUES = Pattern.compile("=\"[^\"]*\"");

	private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<]*)<");

	private static final Pattern READ_ATTRIBUTES = Pattern
		.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*)\"");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				String html = SCRIPTS.matcher(COMMENTS.matcher(Files.readString(file)).replaceAll("")).replaceAll("");
				Matcher text = TEXT_BETWEEN_TAGS.matcher(ATTRIBUTE_VALUES.matcher(html).replaceAll("=\"\""));
				while (text.find()) {
					if (text.group(1).matches("(?s).*\\p{L}.*")) {
						problems.add(TEMPLATES.relativize(file) + ": text '" + text.group(1).strip() + "'");
					}
				}
				Matcher attribute = READ_ATTRIBUTES.matcher(html);
				while (attribute.find()) {
					if (attribute.group(2).matches(".*\\p{L}.*")) {
						problems.add(TEMPLATES.relativize(file) + ": " + attribute.group(1) + "=\"" + attribute.group(2)
								+ "\"");
					}
				}
			}
		}
		assertThat(problems).as("literal UI text in templates (use #{...} messages)").isEmpty();
	}

	@Test
	void theCheckFindsLiteralText() {
		Matcher text = TEXT_BETWEEN_TAGS.matcher("<p>Hello</p>");
		assertThat(text.find() && text.group(1).matches(".*\\p{L}.*")).isTrue();
	}

}
