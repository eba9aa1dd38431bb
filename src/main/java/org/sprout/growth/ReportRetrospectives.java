package org.sprout.growth;

import java.util.List;

import com.lowagie.text.pdf.PdfName;
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
	public void write(ReportContext report, ReportPages pages) {
		pages.heading(this.style.heading(this.style.text("growth.report.retrospectives")), PdfName.H2);
		List<Project> done = report.projects()
			.stream()
			.filter((project) -> StringUtils.hasText(project.getRetrospective()))
			.toList();
		if (done.isEmpty()) {
			pages.add(this.style.body(this.style.text("growth.report.retrospectives.none")), PdfName.P);
			return;
		}
		for (Project project : done) {
			pages.heading(this.style.subheading(project.getName()), PdfName.H3);
			pages.add(this.style.small(this.style.text("growth.report.projectLine",
					this.style.text("project.status." + project.getStatus()),
					this.style.period(project.getStartDate(), project.getEndDate()),
					project.getSponsor().getDisplayName())), PdfName.P);
			if (StringUtils.hasText(project.getGoal())) {
				pages.add(this.style.body(this.style.text("growth.report.goal", project.getGoal())), PdfName.P);
			}
			pages.add(this.style.body(project.getRetrospective()), PdfName.P);
			report.charts()
				.projects()
				.stream()
				.filter((bar) -> project.getId().equals(bar.projectId()))
				.findFirst()
				.ifPresent((bar) -> pages.add(this.style.small(feedbackOn(bar)), PdfName.P));
		}
	}

	private String feedbackOn(ProjectBar bar) {
		return this.style.text("growth.report.projectFeedback", bar.total(), bar.reinforcing(), bar.redirecting());
	}

}
