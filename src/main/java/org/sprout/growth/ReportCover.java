package org.sprout.growth;

import java.util.stream.Collectors;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.sprout.growth.GrowthCharts.ProjectBar;
import org.sprout.people.Person;
import org.sprout.projects.Project;
import org.sprout.skills.Skill;

/** The cover: who, which period, what is in it, and the person's projects. */
@Component
@Order(10)
class ReportCover implements ReportSection {

	private final ReportStyle style;

	ReportCover(ReportStyle style) {
		this.style = style;
	}

	@Override
	public void write(ReportContext report, ReportPages pages) {
		Person person = report.subject();
		pages.add(this.style.small(this.style.text("app.name")), PdfName.P);
		pages.heading(this.style.title(this.style.text("growth.report.title")), PdfName.H1);
		pages.add(this.style.paragraph(person.getDisplayName(), this.style.font(18, false, ReportStyle.INK), 6, 2),
				PdfName.P);
		String role = (person.getTeam() != null)
				? this.style.text("growth.report.role", nullToEmpty(person.getJobTitle()), person.getTeam())
				: nullToEmpty(person.getJobTitle());
		pages.add(this.style.paragraph(role, this.style.font(11, false, ReportStyle.MUTED), 0, 18), PdfName.P);

		PdfPTable facts = new PdfPTable(new float[] { 28, 72 });
		facts.setWidthPercentage(100);
		Font label = this.style.font(10, true, ReportStyle.INK);
		Font value = this.style.font(10, false, ReportStyle.INK);
		fact(facts, label, value, "growth.report.period", (report.from() != null)
				? this.style.period(report.from(), report.to()) : this.style.text("growth.report.noEntries"));
		GrowthCharts charts = report.charts();
		fact(facts, label, value, "growth.report.entries",
				this.style.text("growth.report.entryCount", charts.total(),
						charts.projects().stream().mapToLong(ProjectBar::reinforcing).sum(),
						charts.projects().stream().mapToLong(ProjectBar::redirecting).sum()));
		if (!report.filters().isEmpty()) {
			fact(facts, label, value, "growth.report.filters", report.filters());
		}
		fact(facts, label, value, "growth.report.preparedFor",
				this.style.text("growth.report.preparedOn", report.viewerName(), this.style.date(report.preparedOn())));
		pages.add(facts, ReportPages.DIV);
		pages.add(this.style.small(this.style.text("growth.report.readers", person.getDisplayName())), PdfName.P);

		pages.heading(this.style.heading(this.style.text("growth.report.projects")), PdfName.H2);
		if (report.projects().isEmpty()) {
			pages.add(this.style.body(this.style.text("growth.report.projects.none")), PdfName.P);
		}
		else {
			pages.add(projects(report), ReportPages.DIV);
		}
		pages.newPage();
	}

	private PdfPTable projects(ReportContext report) {
		PdfPTable table = this.style.table(26, 11, 10, 20, 15, 18);
		for (String column : new String[] { "growth.col.project", "growth.report.col.role", "project.status",
				"project.dates", "project.sponsor", "project.focusSkills" }) {
			table.addCell(this.style.head(this.style.text(column)));
		}
		for (Project project : report.projects()) {
			boolean leads = project.getLead().getId().equals(report.subject().getId());
			table.addCell(this.style.cell(project.getName()));
			table.addCell(this.style.cell(this.style.text(leads ? "growth.report.leads" : "growth.report.member")));
			table.addCell(this.style.cell(this.style.text("project.status." + project.getStatus())));
			table.addCell(this.style.cell(this.style.period(project.getStartDate(), project.getEndDate())));
			table.addCell(this.style.cell(project.getSponsor().getDisplayName()));
			table.addCell(this.style
				.cell(project.getFocusSkills().stream().map(Skill::getName).collect(Collectors.joining(", "))));
		}
		return table;
	}

	private void fact(PdfPTable facts, Font label, Font value, String key, String text) {
		facts.addCell(this.style.plain(this.style.text(key), label));
		facts.addCell(this.style.plain(text, value));
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
