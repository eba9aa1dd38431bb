package org.sprout.feedback;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a feedback history page, all optional, bound from the query string.
 */
public record HistoryFilter(Long skill, Long project, Long author, FeedbackKind kind,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean unacknowledged, Boolean reflected,
		Integer page) {

	public static HistoryFilter none() {
		return new HistoryFilter(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The filter to apply: the bound one, or none when a value could not be read (the
	 * page then says so and shows the whole history).
	 */
	public static HistoryFilter unlessRejected(HistoryFilter bound, boolean rejected) {
		return (bound == null || rejected) ? none() : bound;
	}

	/** The same filters on every page: what a history's totals and charts depend on. */
	public HistoryFilter withoutPage() {
		return new HistoryFilter(this.skill, this.project, this.author, this.kind, this.from, this.to,
				Boolean.TRUE.equals(this.unacknowledged), Boolean.TRUE.equals(this.reflected), null);
	}

	public boolean isFiltered() {
		return this.skill != null || this.project != null || this.author != null || this.kind != null
				|| this.from != null || this.to != null || Boolean.TRUE.equals(this.unacknowledged)
				|| Boolean.TRUE.equals(this.reflected);
	}

	/**
	 * The filters as a query string without the page
	 * ({@code ?kind=REDIRECTING&from=...}), or an empty string: the exports of a history
	 * link to the same selection.
	 */
	public String query() {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("skill", Optional.ofNullable(this.skill))
			.queryParamIfPresent("project", Optional.ofNullable(this.project))
			.queryParamIfPresent("author", Optional.ofNullable(this.author))
			.queryParamIfPresent("kind", Optional.ofNullable(this.kind))
			.queryParamIfPresent("from", Optional.ofNullable(this.from))
			.queryParamIfPresent("to", Optional.ofNullable(this.to))
			.queryParamIfPresent("unacknowledged",
					Optional.ofNullable(this.unacknowledged).filter(Boolean::booleanValue))
			.queryParamIfPresent("reflected", Optional.ofNullable(this.reflected).filter(Boolean::booleanValue))
			.encode()
			.build()
			.toUriString();
	}

}
