package org.sprout.growth;

import java.util.List;

import com.lowagie.text.Document;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.sprout.growth.GrowthCharts.ProjectBar;
import org.sprout.projects.Project;

/** The retrospectives of the person's finished projects, with the feedback on each. */
@Component
@Order(30)
class ReportRetrospectives implements ReportSection {

	private final ReportStyle style;

	ReportRetrospectives(ReportStyle style) {
		this.style = style;
	}

	@Override
	public void write(ReportContext report, Document document) {
		document.add(this.style.heading(this.style.text("growth.report.retrospectives")));
		List<Project> done = report.projects()
			.stream()
			.filter((project) -> StringUtils.hasText(project.getRetrospective()))
			.toList();
		if (done.isEmpty()) {
			document.add(this.style.body(this.style.text("growth.report.retrospectives.none")));
			return;
		}
		for (Project project : done) {
			document.add(this.style.subheading(project.getName()));
			document.add(this.style.small(this.style.text("growth.report.projectLine",
					this.style.text("project.status." + project.getStatus()),
					this.style.period(project.getStartDate(), project.getEndDate()),
					project.getSponsor().getDisplayName())));
			if (StringUtils.hasText(project.getGoal())) {
				document.add(this.style.body(this.style.text("growth.report.goal", project.getGoal())));
			}
			document.add(this.style.body(project.getRetrospective()));
			report.charts()
				.projects()
				.stream()
				.filter((bar) -> project.getId().equals(bar.projectId()))
				.findFirst()
				.ifPresent((bar) -> document.add(this.style.small(feedbackOn(bar))));
		}
	}

	private String feedbackOn(ProjectBar bar) {
		return this.style.text("growth.report.projectFeedback", bar.total(), bar.reinforcing(), bar.redirecting());
	}

}
