package org.sprout.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a person with a keyboard, a screen reader or a phone would trip over on the page a
 * browser shows: axe-core's violations (all its default rules, best practices too), a
 * page wider than the window, a disclosure without a label, Bootstrap's default blue
 * beside Sprout's green, and errors in the console (a CSP refusal among them).
 */
public final class PageProblems {

	/** Bootstrap's primary blue and its hover, focus-border and focus-glow shades. */
	private static final String BOOTSTRAP_BLUE = """
			const blues = ['rgb(13, 110, 253)', 'rgb(10, 88, 202)', 'rgb(134, 183, 254)', 'rgba(13, 110, 253'];
			const found = [];
			for (const el of document.body.querySelectorAll('*')) {
			  if (!el.getClientRects().length) continue;
			  const s = getComputedStyle(el);
			  const painted = [['color', s.color], ['background', s.backgroundColor], ['shadow', s.boxShadow]];
			  if (parseFloat(s.borderLeftWidth) > 0) painted.push(['border', s.borderLeftColor]);
			  if (parseFloat(s.borderTopWidth) > 0) painted.push(['border', s.borderTopColor]);
			  if (s.outlineStyle !== 'none') painted.push(['outline', s.outlineColor]);
			  const blue = painted.find(([, value]) => blues.some((b) => value.includes(b)));
			  if (blue) found.push(blue[0] + ' of <' + el.tagName.toLowerCase() + ' class="' + el.className + '">'
			      + (el.textContent || '').trim().slice(0, 30));
			}
			return found;
			""";

	private static final String DETAILS_WITHOUT_SUMMARY = """
			return Array.from(document.querySelectorAll('details'))
			  .filter((d) => !d.querySelector(':scope > summary') || !d.querySelector(':scope > summary').textContent.trim())
			  .map((d) => d.outerHTML.slice(0, 80));
			""";

	private PageProblems() {
	}

	/** Every problem of the page shown, one line each; empty when there is none. */
	public static List<String> of(WebDriver driver) {
		List<String> problems = new ArrayList<>(axeViolations(driver));
		long overflow = horizontalOverflow(driver);
		if (overflow > 0) {
			problems.add("wider than the window by " + overflow + " px");
		}
		script(driver, DETAILS_WITHOUT_SUMMARY).forEach((d) -> problems.add("details without a summary: " + d));
		consoleErrors(driver).forEach((error) -> problems.add("console: " + error));
		script(driver, BOOTSTRAP_BLUE).forEach((b) -> problems.add("Bootstrap blue: " + b));
		return problems;
	}

	/** axe-core's violations, as "rule (impact): element" lines. */
	public static List<String> axeViolations(WebDriver driver) {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		// Legacy mode runs axe in the page itself: the default opens a blank tab to
		// finish
		// the run, which takes the focus from the page (and the time to open it).
		// Sprout's
		// pages have no frames, which is all legacy mode leaves out.
		Results results = new AxeBuilder().setLegacyMode(true)
			.disableIframeTesting()
			.withOptions(options)
			.analyze(driver);
		if (results.isErrored()) {
			return List.of("axe could not run: " + results.getErrorMessage());
		}
		List<String> violations = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			for (CheckedNode node : rule.getNodes()) {
				violations.add(rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " "
						+ abbreviate(node.getHtml()));
			}
		}
		return violations;
	}

	/**
	 * The errors the browser's console showed since they were last read: a script that
	 * failed, or a style or script the Content-Security-Policy refused. An error page's
	 * own status (404, 403) is what it is meant to answer, not one of them.
	 */
	public static List<String> consoleErrors(WebDriver driver) {
		String page = driver.getCurrentUrl() + " - Failed to load resource";
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> !message.startsWith(page))
			.toList();
	}

	/** How many CSS pixels the page is wider than the window; 0 when it fits. */
	public static long horizontalOverflow(WebDriver driver) {
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		return Math.max(0, ((Number) overflow).longValue());
	}

	@SuppressWarnings("unchecked")
	private static List<String> script(WebDriver driver, String script) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(script);
	}

	private static String abbreviate(String html) {
		return (html == null || html.length() <= 120) ? html : html.substring(0, 120) + "…";
	}

}
