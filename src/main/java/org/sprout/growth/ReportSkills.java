package org.sprout.growth;

import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.sprout.growth.GrowthCharts.SkillBar;

/** Per skill: how many entries, of which kind, and the latest next steps. */
@Component
@Order(20)
class ReportSkills implements ReportSection {

	static final int NEXT_STEPS = 3;

	private final ReportStyle style;

	private final GrowthQueries queries;

	ReportSkills(ReportStyle style, GrowthQueries queries) {
		this.style = style;
		this.queries = queries;
	}

	@Override
	public void write(ReportContext report, ReportPages pages) {
		pages.heading(this.style.heading(this.style.text("growth.report.skills")), PdfName.H2);
		pages.add(this.style.small(this.style.text("growth.report.skills.intro")), PdfName.P);
		if (report.charts().skills().isEmpty()) {
			pages.add(this.style.body(this.style.text("growth.report.noEntries")), PdfName.P);
			return;
		}
		PdfPTable table = this.style.table(21, 9, 13, 13, 44);
		for (String column : new String[] { "growth.col.skill", "growth.col.total", "feedback.kind.REINFORCING",
				"feedback.kind.REDIRECTING", "growth.report.col.nextSteps" }) {
			table.addCell(this.style.head(this.style.text(column)));
		}
		for (SkillBar skill : report.charts().skills()) {
			table.addCell(this.style
				.cell(skill.focus() ? this.style.text("growth.report.focusSkill", skill.name()) : skill.name()));
			table.addCell(this.style.number(skill.total()));
			table.addCell(this.style.number(skill.reinforcing()));
			table.addCell(this.style.number(skill.redirecting()));
			table.addCell(
					this.style.cell(this.queries.latestNextSteps(report.scope().entries(), skill.skillId(), NEXT_STEPS)
						.stream()
						.map((step) -> this.style.text("growth.report.nextStep", this.style.date(step.observedOn()),
								step.text()))
						.collect(Collectors.joining("\n"))));
		}
		pages.add(table, ReportPages.DIV);
	}

}
