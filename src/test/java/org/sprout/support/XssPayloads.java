package org.sprout.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The corpus of stored-XSS payloads (src/test/resources/security/xss-payloads.txt) and a
 * structural check of a page: no element, attribute or URL that a payload could have
 * smuggled in.
 */
public final class XssPayloads {

	private XssPayloads() {
	}

	public static List<String> all() {
		try (InputStream in = XssPayloads.class.getResourceAsStream("/security/xss-payloads.txt")) {
			List<String> payloads = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					payloads.add(line);
				}
			}
			return payloads;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What in the HTML would run or load something a payload brought; empty when safe.
	 */
	public static List<String> injectedIn(String html) {
		Document document = Jsoup.parse(html);
		List<String> problems = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			String tag = element.tagName();
			if (tag.equals("script") && (element.data().contains("__xss") || element.attr("src").contains("evil"))) {
				problems.add("script: " + element.outerHtml());
			}
			if (List.of("iframe", "object", "embed", "base", "isindex", "marquee", "svg", "math", "video", "audio")
				.contains(tag)) {
				problems.add("element: " + element.outerHtml());
			}
			if (tag.equals("meta") && element.hasAttr("http-equiv")) {
				problems.add("meta: " + element.outerHtml());
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
				String value = attribute.getValue().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
				// data-* attributes carry JSON for the charts: inert text the browser
				// never runs,
				// drawn on a canvas by a script that never writes it into the page as
				// HTML.
				boolean inert = name.startsWith("data-");
				if (name.startsWith("on") || (!inert && (value.contains("__xss") || value.startsWith("javascript:")
						|| value.contains("evil.example")))) {
					problems.add(tag + "[" + name + "=" + attribute.getValue() + "]");
				}
			}
		}
		return problems;
	}

}
