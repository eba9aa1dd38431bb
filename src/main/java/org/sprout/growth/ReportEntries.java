package org.sprout.growth;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.sprout.growth.EntryRows.EntryRow;

/** Every entry, oldest first, read and written a batch at a time. */
@Component
@Order(40)
class ReportEntries implements ReportSection {

	private final ReportStyle style;

	private final EntryRows rows;

	ReportEntries(ReportStyle style, EntryRows rows) {
		this.style = style;
		this.rows = rows;
	}

	@Override
	public void write(ReportContext report, ReportPages pages) {
		pages.heading(this.style.heading(this.style.text("growth.report.entriesTitle")), PdfName.H2);
		if (report.charts().isEmpty()) {
			pages.add(this.style.body(this.style.text("growth.report.noEntries")), PdfName.P);
			return;
		}
		this.rows.forEachBatch(report.scope().entries(),
				(batch) -> batch.forEach((row) -> pages.keepTogether(entry(row), ReportPages.DIV)));
	}

	private PdfPTable entry(EntryRow row) {
		PdfPTable table = new PdfPTable(new float[] { 20, 80 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);

		List<String> title = new ArrayList<>(
				List.of(this.style.date(row.observedOn()), this.style.text("feedback.kind." + row.kind())));
		if (row.isPrivateNote()) {
			title.add(this.style.text("feedback.privateNote.badge"));
		}
		String about = String.join(", ", row.skills());
		String by = (row.project() != null) ? this.style.text("growth.report.byInProject", row.author(), row.project())
				: this.style.text("growth.report.by", row.author());
		PdfPCell header = this.style.cell("", this.style.font(9, false, ReportStyle.INK));
		header.addElement(this.style.paragraph(String.join(" \u00b7 ", title),
				this.style.font(10.5f, true, ReportStyle.INK), 0, 1));
		header.addElement(
				this.style.paragraph(about + " \u00b7 " + by, this.style.font(8.5f, false, ReportStyle.MUTED), 0, 0));
		header.setPaddingTop(2);
		header.setColspan(2);
		header.setBackgroundColor(ReportStyle.SHADE);
		table.addCell(header);

		part(table, "feedback.situation", row.situation(), false);
		part(table, "feedback.behaviour", row.behaviour(), false);
		part(table, "feedback.impact", row.impact(), false);
		part(table, "feedback.nextStep", row.nextStep(), true);
		if (StringUtils.hasText(row.reflection())) {
			part(table, "growth.csv.reflection", row.reflection(), false);
		}
		if (StringUtils.hasText(row.intent())) {
			part(table, "reflection.intent", row.intent(), false);
		}
		if (StringUtils.hasText(row.commitment())) {
			part(table, "reflection.commitment", commitment(row), false);
		}
		return table;
	}

	/** The commitment, and when it was done with the note, if its subject marked it. */
	private String commitment(EntryRow row) {
		if (row.commitmentDoneAt() == null) {
			return row.commitment();
		}
		String done = StringUtils.hasText(row.commitmentNote())
				? this.style.text("growth.report.commitmentDoneNote", this.style.dateTime(row.commitmentDoneAt()),
						row.commitmentNote())
				: this.style.text("growth.report.commitmentDone", this.style.dateTime(row.commitmentDoneAt()));
		return row.commitment() + "\n" + done;
	}

	private void part(PdfPTable table, String label, String text, boolean strong) {
		Font value = this.style.font(9.5f, strong, ReportStyle.INK);
		table.addCell(this.style.cell(this.style.text(label), this.style.font(9, true, ReportStyle.MUTED)));
		table.addCell(this.style.cell(text, value));
	}

}
