package org.sprout.growth;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.sprout.growth.GrowthCharts.Counted;
import org.sprout.growth.GrowthCharts.MonthBar;
import org.sprout.growth.GrowthCharts.ProjectBar;
import org.sprout.growth.GrowthCharts.SkillBar;
import org.sprout.web.Formats;

/**
 * The data of a chart as JSON for a {@code data-chart} attribute, read by
 * {@code /js/growth-charts.js}: the Content-Security-Policy allows no inline script.
 * Templates call it as {@code ${@chartData.months(charts.months)}}.
 */
@Component("chartData")
public class ChartData {

	private final JsonMapper json;

	private final Formats formats;

	private final MessageSource messages;

	ChartData(JsonMapper json, Formats formats, MessageSource messages) {
		this.json = json;
		this.formats = formats;
		this.messages = messages;
	}

	public String months(List<MonthBar> months) {
		return write(months, (bar) -> this.formats.month(bar.month()), null);
	}

	public String skills(List<SkillBar> skills) {
		return write(skills, SkillBar::name, skills.stream().map(SkillBar::focus).toList());
	}

	/**
	 * Projects are labelled with their name and, on a second line, their months.
	 * @param noProject the label of the entries on no project
	 */
	public String projects(List<ProjectBar> projects, String noProject) {
		return write(projects, (bar) -> bar.isNoProject() ? List.of(noProject) : projectLabel(bar), null);
	}

	private List<String> projectLabel(ProjectBar bar) {
		if (bar.start() == null || bar.end() == null) {
			return List.of(bar.name());
		}
		String period = this.messages.getMessage("project.period", new Object[] {
				this.formats.month(YearMonth.from(bar.start())), this.formats.month(YearMonth.from(bar.end())) },
				LocaleContextHolder.getLocale());
		return List.of(bar.name(), period);
	}

	private <T extends Counted> String write(List<T> bars, Function<T, ?> label, List<Boolean> focus) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", bars.stream().map(label).toList());
		data.put("reinforcing", bars.stream().map(Counted::reinforcing).toList());
		data.put("redirecting", bars.stream().map(Counted::redirecting).toList());
		if (focus != null) {
			data.put("focus", focus);
		}
		return this.json.writeValueAsString(data);
	}

}
