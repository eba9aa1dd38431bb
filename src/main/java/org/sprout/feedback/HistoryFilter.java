package org.sprout.feedback;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of a feedback history page, all optional, bound from the query string.
 */
public record HistoryFilter(Long skill, Long project, Long author, FeedbackKind kind,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

	public static HistoryFilter none() {
		return new HistoryFilter(null, null, null, null, null, null, null);
	}

	/**
	 * The filter to apply: the bound one, or none when a value could not be read (the
	 * page then says so and shows the whole history).
	 */
	public static HistoryFilter unlessRejected(HistoryFilter bound, boolean rejected) {
		return (bound == null || rejected) ? none() : bound;
	}

	public boolean isFiltered() {
		return this.skill != null || this.project != null || this.author != null || this.kind != null
				|| this.from != null || this.to != null;
	}

}
