package org.sprout.growth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.HistoryScope;
import org.sprout.growth.EntryRows.EntryRow;
import org.sprout.security.AccessPolicy;
import org.sprout.web.Formats;

/**
 * A history as CSV, one row per entry, oldest first: UTF-8 with a byte order mark (so
 * Excel reads the accents right), RFC 4180 quoting, and every cell neutralised against
 * formula injection. It streams: entries are read and written a batch at a time.
 */
@Service
public class HistoryCsv {

	/** The header's message keys, in column order. */
	static final List<String> COLUMNS = List.of("id", "observedOn", "subject", "author", "project", "skills", "kind",
			"visibility", "situation", "behaviour", "impact", "nextStep", "qualityScore", "qualityFindings",
			"acknowledgedAt", "reflection", "intent", "commitment", "commitmentDoneAt", "commitmentNote", "reflectedAt",
			"createdAt", "updatedAt");

	static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final int BUFFER = 64 * 1024;

	private final EntryRows rows;

	private final MessageSource messages;

	private final Formats formats;

	private final Timer duration;

	HistoryCsv(EntryRows rows, MessageSource messages, Formats formats, MeterRegistry meters) {
		this.duration = Timer.builder("sprout.export.duration")
			.description("Time to write an export of a history")
			.tag("format", "csv")
			.register(meters);
		this.rows = rows;
		this.messages = messages;
		this.formats = formats;
	}

	@Transactional(readOnly = true)
	public void write(HistoryScope scope, OutputStream out) throws IOException {
		Timer.Sample started = Timer.start();
		try {
			writeRows(scope, out);
		}
		finally {
			started.stop(this.duration);
		}
	}

	private void writeRows(HistoryScope scope, OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
		writer.write(BYTE_ORDER_MARK);
		String[] header = COLUMNS.stream()
			.map((column) -> this.messages.getMessage("growth.csv." + column, null, locale))
			.toArray(String[]::new);
		CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(writer);
		try {
			this.rows.forEachBatch(scope.entries(), (batch) -> {
				for (EntryRow row : batch) {
					print(csv, cells(row, scope.viewerId(), locale));
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	/**
	 * One row's cells. The coach's score and findings are the author's alone: blank in
	 * everyone else's export, as on the pages.
	 */
	private List<String> cells(EntryRow row, long viewerId, Locale locale) {
		boolean author = AccessPolicy.canSeeCoaching(viewerId, row.authorId());
		return Stream
			.of(String.valueOf(row.id()), this.formats.iso(row.observedOn()), row.subject(), row.author(),
					row.project(), String.join("; ", row.skills()),
					this.messages.getMessage("feedback.kind." + row.kind(), null, locale),
					this.messages.getMessage("feedback.visibility." + row.visibility(), null, locale), row.situation(),
					row.behaviour(), row.impact(), row.nextStep(),
					(author && row.qualityScore() != null) ? row.qualityScore().toString() : null,
					author ? row.qualityFindings() : null, iso(row.acknowledgedAt()), row.reflection(), row.intent(),
					row.commitment(), iso(row.commitmentDoneAt()), row.commitmentNote(), iso(row.reflectedAt()),
					iso(row.createdAt()), iso(row.updatedAt()))
			.map(SpreadsheetCell::neutralise)
			.toList();
	}

	/** Instants in UTC, ISO 8601: unambiguous for whoever opens the file. */
	private static String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : null;
	}

	private static void print(CSVPrinter csv, List<String> cells) {
		try {
			csv.printRecord(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
