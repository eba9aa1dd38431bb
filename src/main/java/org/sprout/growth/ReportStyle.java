package org.sprout.growth;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.sprout.web.Formats;

/**
 * The look of the growth report, made to read in black and white: black text, grey rules
 * and header shading, kinds spelt out rather than coloured. Text comes from
 * messages.properties and dates from {@link Formats}.
 *
 * <p>
 * The standard Helvetica covers Western European text (Windows-1252); characters beyond
 * it are left out. Set {@code sprout.report.font} to a TrueType font file (for instance
 * DejaVuSans.ttf) to embed it and print any script it covers.
 */
@Component
class ReportStyle {

	/** The language of the report's text: messages.properties is English. */
	static final String LANGUAGE = "en";

	static final Color INK = Color.BLACK;

	static final Color MUTED = new Color(0x44, 0x44, 0x44);

	static final Color RULE = new Color(0x99, 0x99, 0x99);

	static final Color SHADE = new Color(0xE8, 0xE8, 0xE8);

	private final MessageSource messages;

	private final Formats formats;

	private final BaseFont regular;

	private final BaseFont bold;

	ReportStyle(MessageSource messages, Formats formats, @Value("${sprout.report.font:}") String fontFile) {
		this.messages = messages;
		this.formats = formats;
		try {
			if (StringUtils.hasText(fontFile)) {
				// One embedded font; bold is drawn by OpenPDF from the regular face.
				this.regular = BaseFont.createFont(fontFile, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
				this.bold = this.regular;
			}
			else {
				this.regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
				this.bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the report font " + fontFile, ex);
		}
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	String date(LocalDate date) {
		return this.formats.date(date);
	}

	String dateTime(java.time.Instant instant) {
		return this.formats.dateTime(instant);
	}

	/** "1 Mar 2026 – 30 Jun 2026", or what is known of it. */
	String period(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return "";
		}
		return text("project.period", date(from), date(to)).strip();
	}

	Font font(float size, boolean strong, Color color) {
		Font font = new Font(strong ? this.bold : this.regular, size,
				(strong && this.bold == this.regular) ? Font.BOLD : Font.NORMAL);
		font.setColor(color);
		return font;
	}

	Paragraph title(String text) {
		return paragraph(text, font(24, true, INK), 0, 6);
	}

	Paragraph heading(String text) {
		Paragraph heading = paragraph(text, font(15, true, INK), 14, 6);
		heading.setKeepTogether(true);
		return heading;
	}

	Paragraph subheading(String text) {
		return paragraph(text, font(11.5f, true, INK), 10, 3);
	}

	Paragraph body(String text) {
		return paragraph(text, font(10, false, INK), 0, 4);
	}

	Paragraph small(String text) {
		return paragraph(text, font(8.5f, false, MUTED), 0, 4);
	}

	Paragraph paragraph(String text, Font font, float before, float after) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		paragraph.setLeading(font.getSize() * 1.3f);
		return paragraph;
	}

	PdfPTable table(float... widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(10);
		table.setHeaderRows(1);
		return table;
	}

	PdfPCell head(String text) {
		PdfPCell cell = cell(text, font(9, true, INK));
		cell.setBackgroundColor(SHADE);
		return cell;
	}

	PdfPCell cell(String text) {
		return cell(text, font(9, false, INK));
	}

	PdfPCell number(long value) {
		PdfPCell cell = cell(String.valueOf(value));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	PdfPCell cell(String text, Font font) {
		Phrase phrase = new Phrase((text != null) ? text : "", font);
		phrase.setLeading(font.getSize() * 1.3f);
		PdfPCell cell = new PdfPCell(phrase);
		cell.setPadding(4);
		cell.setPaddingBottom(5);
		cell.setBorderColor(RULE);
		cell.setBorderWidth(0.5f);
		return cell;
	}

	/** A cell without borders, for label and value pairs. */
	PdfPCell plain(String text, Font font) {
		PdfPCell cell = cell(text, font);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingLeft(0);
		return cell;
	}

}
