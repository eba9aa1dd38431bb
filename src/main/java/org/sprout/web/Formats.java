package org.sprout.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one way dates and numbers are shown in pages:
 * {@code ${@fmt.date(entry.observedOn)}}.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final ZoneId zone;

	Formats(Clock clock) {
		this.zone = clock.getZone();
	}

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String month(YearMonth month) {
		return (month != null) ? MONTH.format(month) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(this.zone)) : "";
	}

	/** ISO form for {@code <time datetime>} attributes and date inputs. */
	public String iso(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	/** A score or weight with at most one decimal: 12, 12.5. */
	public String decimal(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded)
				: String.format(Locale.ENGLISH, "%.1f", rounded);
	}

}
