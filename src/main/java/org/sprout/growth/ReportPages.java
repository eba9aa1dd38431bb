package org.sprout.growth;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays the report's blocks out on its pages, each one tagged with its role in the PDF's
 * structure tree (headings, paragraphs, blocks), so that a screen reader follows the
 * report in order and knows its headings. OpenPDF does not tag what {@code Document.add}
 * writes, so the blocks are placed with {@link ColumnText} inside marked content, one
 * structure element per block (a block that runs over a page break keeps one element).
 *
 * <p>
 * Layout rules: a heading is never left alone at the foot of a page (it moves to the next
 * page unless {@value #AFTER_HEADING} points of what follows fit under it), and a block
 * kept together starts on a new page when it does not fit on this one but fits on a page.
 */
final class ReportPages {

	/** How much room a heading needs under it for what follows: about four lines. */
	static final float AFTER_HEADING = 60;

	/** The standard structure role for a block with no finer one (tables, entries). */
	static final PdfName DIV = PdfName.DIV;

	private static final float SIMULATED_HEIGHT = 1_000_000;

	private final Document document;

	private final PdfWriter writer;

	private final PdfStructureElement root;

	private float y;

	ReportPages(Document document, PdfWriter writer) {
		this.document = document;
		this.writer = writer;
		this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
		this.y = document.top();
	}

	/** A heading of the given level (H1 to H3), on the same page as what follows it. */
	void heading(Element heading, PdfName level) {
		if (height(heading) + AFTER_HEADING > room() && !atTop()) {
			newPage();
		}
		place(heading, level);
	}

	/** A block that may run over a page break. */
	void add(Element block, PdfName role) {
		place(block, role);
	}

	/**
	 * A block that starts on a new page rather than break, unless it is taller than a
	 * page.
	 */
	void keepTogether(Element block, PdfName role) {
		float height = height(block);
		if (height > room() && height <= this.document.top() - this.document.bottom() && !atTop()) {
			newPage();
		}
		place(block, role);
	}

	void newPage() {
		this.writer.setPageEmpty(false);
		this.document.newPage();
		this.y = this.document.top();
	}

	/** The room left on this page, in points. */
	float room() {
		return this.y - this.document.bottom();
	}

	/** The page the next block goes on, from 1. */
	int pageNumber() {
		return this.writer.getPageNumber();
	}

	private boolean atTop() {
		return this.y >= this.document.top();
	}

	private void place(Element block, PdfName role) {
		PdfStructureElement tag = new PdfStructureElement(this.root, role);
		PdfContentByte canvas = this.writer.getDirectContent();
		ColumnText column = new ColumnText(canvas);
		column.addElement(block);
		while (true) {
			column.setSimpleColumn(this.document.left(), this.document.bottom(), this.document.right(), this.y);
			canvas.beginMarkedContentSequence(tag);
			int status = column.go();
			canvas.endMarkedContentSequence();
			this.writer.setPageEmpty(false);
			boolean moved = column.getYLine() < this.y;
			this.y = column.getYLine();
			if (!ColumnText.hasMoreText(status)) {
				return;
			}
			if (!moved && atTop()) {
				// Nothing of it fits even on an empty page: leave it out rather than
				// loop.
				return;
			}
			newPage();
		}
	}

	/** How tall the block is at the page's width, laid out without being written. */
	private float height(Element block) {
		ColumnText column = new ColumnText(this.writer.getDirectContent());
		column.addElement(block);
		column.setSimpleColumn(this.document.left(), 0, this.document.right(), SIMULATED_HEIGHT);
		column.go(true);
		return SIMULATED_HEIGHT - column.getYLine();
	}

}
