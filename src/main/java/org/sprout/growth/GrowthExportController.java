package org.sprout.growth;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import org.sprout.feedback.FeedbackService;
import org.sprout.feedback.HistoryFilter;
import org.sprout.feedback.HistoryScope;
import org.sprout.security.SproutUser;

/**
 * The exports of a history, with the history page's filters and access rule: 404 for
 * whoever may not open the history. A filter value that cannot be read answers 400 rather
 * than exporting more than was asked for.
 */
@Controller
class GrowthExportController {

	private final FeedbackService feedback;

	private final HistoryCsv csv;

	private final GrowthReport report;

	private final Clock clock;

	GrowthExportController(FeedbackService feedback, HistoryCsv csv, GrowthReport report, Clock clock) {
		this.clock = clock;
		this.feedback = feedback;
		this.csv = csv;
		this.report = report;
	}

	@GetMapping("/people/{id}/feedback.csv")
	void csv(@PathVariable long id, @ModelAttribute HistoryFilter filter, @AuthenticationPrincipal SproutUser me,
			HttpServletResponse response) throws IOException {
		HistoryScope scope = this.feedback.scopeOf(me.getPersonId(), id, filter);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName(scope, "feedback", "csv")).build().toString());
		this.csv.write(scope, response.getOutputStream());
	}

	@GetMapping("/people/{id}/report.pdf")
	void report(@PathVariable long id, @ModelAttribute HistoryFilter filter, @AuthenticationPrincipal SproutUser me,
			HttpServletResponse response) throws IOException {
		HistoryScope scope = this.feedback.scopeOf(me.getPersonId(), id, filter);
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(fileName(scope, "growth-report", "pdf")).build().toString());
		this.report.write(scope, response.getOutputStream());
	}

	private String fileName(HistoryScope scope, String what, String extension) {
		return "sprout-" + what + "-" + scope.subject().getUsername() + "-" + LocalDate.now(this.clock) + "."
				+ extension;
	}

}
