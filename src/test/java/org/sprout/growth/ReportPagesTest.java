package org.sprout.growth;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a heading goes, as a table: with the room left on the page, it stays when what
 * follows fits under it, and moves to the next page when it would be left alone at the
 * foot.
 */
class ReportPagesTest {

	@ParameterizedTest(name = "{0} points left: heading on a new page={1}")
	@CsvSource({ "600, false", "200, false", "110, false", "70, true", "40, true", "10, true" })
	void aHeadingIsNeverLeftAloneAtThePageFoot(float roomLeft, boolean movesOn) {
		Document document = new Document(PageSize.A4, 56, 56, 56, 64);
		PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
		writer.setTagged();
		document.open();
		ReportPages pages = new ReportPages(document, writer);
		Font body = new Font(Font.HELVETICA, 10);
		// Fill the page with one-line paragraphs until about the room wanted is left.
		while (pages.room() > roomLeft + 13) {
			Paragraph line = new Paragraph("A line of the report.", body);
			line.setLeading(13);
			pages.add(line, PdfName.P);
		}
		assertThat(pages.pageNumber()).isEqualTo(1);
		Paragraph heading = new Paragraph("A heading", new Font(Font.HELVETICA, 15, Font.BOLD));
		heading.setLeading(19.5f);
		heading.setSpacingBefore(14);
		heading.setSpacingAfter(6);
		pages.heading(heading, PdfName.H2);
		assertThat(pages.pageNumber()).isEqualTo(movesOn ? 2 : 1);
		if (movesOn) {
			assertThat(pages.room()).isGreaterThan(ReportPages.AFTER_HEADING);
		}
		else {
			assertThat(pages.room()).isGreaterThanOrEqualTo(0);
		}
		document.close();
	}

}
