package org.sprout.growth;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.HistoryFilter;
import org.sprout.feedback.HistoryScope;
import org.sprout.growth.GrowthQueries.Span;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;

/**
 * The growth report of a history as a PDF (OpenPDF): its sections (see
 * {@link ReportSection}) written one after the other onto A4 pages, with the history's
 * filters and access rule; tagged, with its language and title, for screen readers. Pages
 * are written out as they fill, and entries are read in batches, so a long history does
 * not have to fit in memory.
 */
@Service
public class GrowthReport {

	private final List<ReportSection> sections;

	private final GrowthService growth;

	private final GrowthQueries queries;

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final SkillRepository skills;

	private final ReportStyle style;

	private final Clock clock;

	private final Timer duration;

	GrowthReport(List<ReportSection> sections, GrowthService growth, GrowthQueries queries, ProjectRepository projects,
			PersonRepository people, SkillRepository skills, ReportStyle style, Clock clock, MeterRegistry meters) {
		this.duration = Timer.builder("sprout.export.duration")
			.description("Time to write an export of a history")
			.tag("format", "pdf")
			.register(meters);
		this.clock = clock;
		this.sections = sections;
		this.growth = growth;
		this.queries = queries;
		this.projects = projects;
		this.people = people;
		this.skills = skills;
		this.style = style;
	}

	@Transactional(readOnly = true)
	public void write(HistoryScope scope, OutputStream out) {
		Timer.Sample started = Timer.start();
		try {
			writeReport(scope, out);
		}
		finally {
			started.stop(this.duration);
		}
	}

	private void writeReport(HistoryScope scope, OutputStream out) {
		ReportContext report = context(scope);
		Document document = new Document(PageSize.A4, 56, 56, 56, 64);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		// A tagged PDF (its blocks in a structure tree, see ReportPages) in the language
		// of its text, whose viewers show its title rather than its file name.
		writer.setTagged();
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(ReportStyle.LANGUAGE));
		writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
		writer.setPageEvent(new Footer(this.style.text("growth.report.footer", report.subject().getDisplayName())));
		document.addTitle(this.style.text("growth.report.documentTitle", report.subject().getDisplayName()));
		document.addCreator(this.style.text("app.name"));
		document.open();
		ReportPages pages = new ReportPages(document, writer);
		for (ReportSection section : this.sections) {
			section.write(report, pages);
		}
		document.close();
	}

	private ReportContext context(HistoryScope scope) {
		HistoryFilter filter = scope.filter();
		List<Project> all = this.projects.projectsWithFocusSkillsOf(scope.subjectId());
		List<Project> inView = all.stream()
			.filter((project) -> filter.project() == null || project.getId().equals(filter.project()))
			.toList();
		Span span = this.queries.span(scope.entries());
		String viewer = this.people.findById(scope.viewerId()).map(Person::getDisplayName).orElse("");
		return new ReportContext(scope, viewer, LocalDate.now(this.clock),
				(filter.from() != null) ? filter.from() : span.first(),
				(filter.to() != null) ? filter.to() : span.last(), filters(filter, inView), inView,
				this.growth.chartsOf(scope, all));
	}

	/** The filters in words: "Skill: Diplomacy · Kind: Redirecting". */
	private String filters(HistoryFilter filter, List<Project> inView) {
		List<String> parts = new ArrayList<>();
		if (filter.skill() != null) {
			this.skills.findById(filter.skill())
				.map(Skill::getName)
				.ifPresent((name) -> parts.add(this.style.text("growth.report.filter.skill", name)));
		}
		if (filter.project() != null) {
			inView.stream()
				.findFirst()
				.ifPresent((project) -> parts.add(this.style.text("growth.report.filter.project", project.getName())));
		}
		if (filter.author() != null) {
			this.people.findById(filter.author())
				.map(Person::getDisplayName)
				.ifPresent((name) -> parts.add(this.style.text("growth.report.filter.author", name)));
		}
		if (filter.kind() != null) {
			parts.add(this.style.text("growth.report.filter.kind", this.style.text("feedback.kind." + filter.kind())));
		}
		if (filter.from() != null || filter.to() != null) {
			parts.add(this.style.text("growth.report.filter.dates", this.style.period(filter.from(), filter.to())));
		}
		return String.join(" \u00b7 ", parts);
	}

	private static final PdfName ARTIFACT = new PdfName("Artifact");

	/** The name of the report and the page number at the foot of every page. */
	private final class Footer extends PdfPageEventHelper {

		private final String text;

		Footer(String text) {
			this.text = text;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			var font = GrowthReport.this.style.font(8, false, ReportStyle.MUTED);
			float y = document.bottom() - 28;
			PdfContentByte canvas = writer.getDirectContent();
			// Repeated on every page: an artifact, not part of the text a reader follows.
			canvas.beginMarkedContentSequence(ARTIFACT);
			ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(this.text, font), document.left(), y, 0);
			ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
					new Phrase(GrowthReport.this.style.text("growth.report.page", writer.getPageNumber()), font),
					document.right(), y, 0);
			canvas.endMarkedContentSequence();
		}

	}

}
