package org.sprout.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.sprout.web.Formats;

/**
 * The quality trend as JSON for the chart's {@code data-trend} attribute, read by
 * {@code /js/quality-trend.js}: the Content-Security-Policy allows no inline script.
 */
@Component
class TrendChart {

	private final JsonMapper json;

	private final Formats formats;

	TrendChart(JsonMapper json, Formats formats) {
		this.json = json;
		this.formats = formats;
	}

	String json(QualityTrend trend) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", trend.months().stream().map((month) -> this.formats.month(month.month())).toList());
		data.put("averages", trend.months().stream().map(QualityTrend.Month::average).toList());
		return this.json.writeValueAsString(data);
	}

}
