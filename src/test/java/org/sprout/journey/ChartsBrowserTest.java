package org.sprout.journey;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import org.sprout.people.PersonRepository;
import org.sprout.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts are drawn from the tables under them (their numbers are sent once): every
 * canvas gets a chart whose bars are the table's rows and whose two series are the
 * table's marked columns.
 */
class ChartsBrowserTest extends BrowserTest {

	/**
	 * For each canvas: its chart's labels, series names and values, and its table's rows.
	 */
	private static final String CHARTS = """
			return Array.from(document.querySelectorAll('canvas')).map(function (canvas) {
			  var chart = window.Chart && window.Chart.getChart(canvas);
			  var table = canvas.closest('figure').querySelector('table');
			  return {
			    drawn: !!chart,
			    labels: chart ? chart.data.labels.length : -1,
			    rows: table.tBodies[0].rows.length,
			    series: chart ? chart.data.datasets.map(function (d) { return d.label; }) : [],
			    first: chart ? chart.data.datasets[0].data.reduce(function (a, b) { return a + (b || 0); }, 0) : -1
			  };
			});
			""";

	@Autowired
	private PersonRepository people;

	@Test
	@SuppressWarnings("unchecked")
	void historyAndDashboardChartsAreDrawnFromTheirTables() {
		long sam = this.people.findByUsername("sam").orElseThrow().getId();
		this.browser.signIn("maria");

		this.browser.open("/people/" + sam + "/feedback");
		List<Map<String, Object>> history = charts(3);
		assertThat(history).allSatisfy((chart) -> {
			assertThat(chart.get("drawn")).isEqualTo(true);
			assertThat(chart.get("labels")).isEqualTo(chart.get("rows"));
			assertThat((List<Object>) chart.get("series")).containsExactly("Reinforcing", "Redirecting");
		});
		assertThat(((Number) history.get(0).get("first")).longValue()).isPositive();

		this.browser.open("/");
		List<Map<String, Object>> trend = charts(1);
		assertThat(trend.get(0).get("drawn")).isEqualTo(true);
		assertThat(trend.get(0).get("labels")).isEqualTo(12L);
		// The average as a line, and a bar series per coach rule (the writer's recurring
		// findings), each read from its column of the table.
		assertThat((List<Object>) trend.get(0).get("series")).containsExactly("Average score", "Clear", "Concise",
				"Actionable", "About the work");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> charts(int expected) {
		JavascriptExecutor js = (JavascriptExecutor) this.browser.driver();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10)).until((driver) -> {
			List<Map<String, Object>> charts = (List<Map<String, Object>>) js.executeScript(CHARTS);
			return charts.size() == expected
					&& charts.stream().allMatch((chart) -> Boolean.TRUE.equals(chart.get("drawn")));
		});
		return (List<Map<String, Object>>) js.executeScript(CHARTS);
	}

}
