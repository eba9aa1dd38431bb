package org.sprout.digest;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.sprout.feedback.GrowingRow;
import org.sprout.notifications.Notification;
import org.sprout.requests.FeedbackRequest;
import org.sprout.web.Formats;

/**
 * The words of the weekly e-mail, from messages.properties like every page's, as plain
 * text with links to the pages. Names, dates and links only: the content of feedback,
 * reflections, private notes and questions stays in Sprout, behind its access checks.
 */
@Component
class DigestText {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	private final Formats formats;

	private final String baseUrl;

	private final String from;

	DigestText(MessageSource messages, Formats formats,
			@Value("${sprout.base-url:http://localhost:8080}") String baseUrl,
			@Value("${sprout.digest.from:sprout@localhost}") String from) {
		this.messages = messages;
		this.formats = formats;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.from = from;
	}

	String from() {
		return this.from;
	}

	String subject(Digest digest) {
		return msg("digest.subject", digest.unreadCount(), digest.overdue().size(), digest.openRequests().size());
	}

	String body(Digest digest) {
		StringBuilder body = new StringBuilder();
		body.append(msg("digest.hello", digest.person().getDisplayName())).append("\n\n");
		body.append(msg("digest.intro")).append("\n");
		if (digest.unreadCount() > 0) {
			section(body, msg("digest.unread", digest.unreadCount()));
			for (Notification n : digest.unread()) {
				line(body, msg(n.getMessageKey(), n.getActorName(), n.getDetail()), n.getLink());
			}
			if (digest.unreadCount() > digest.unread().size()) {
				line(body, msg("digest.unread.more", digest.unreadCount() - digest.unread().size()), "/notifications");
			}
		}
		if (!digest.overdue().isEmpty()) {
			section(body, msg("digest.overdue", digest.overdue().size()));
			for (GrowingRow row : digest.overdue()) {
				line(body, msg("digest.overdue.line", row.displayName(), row.daysOverdue()),
						"/feedback/new?about=" + row.personId());
			}
		}
		if (!digest.openRequests().isEmpty()) {
			section(body, msg("digest.requests", digest.openRequests().size()));
			for (FeedbackRequest request : digest.openRequests()) {
				String asked = this.formats.dateTime(request.getCreatedAt());
				line(body,
						(request.getDueOn() != null)
								? msg("digest.requests.lineDue", request.getRequester().getDisplayName(), asked,
										this.formats.date(request.getDueOn()))
								: msg("digest.requests.line", request.getRequester().getDisplayName(), asked),
						"/feedback/new?request=" + request.getId());
			}
		}
		body.append("\n").append(msg("digest.open", this.baseUrl + "/")).append("\n");
		body.append(msg("digest.why")).append("\n");
		return body.toString();
	}

	private static void section(StringBuilder body, String title) {
		body.append("\n").append(title).append("\n");
	}

	private void line(StringBuilder body, String text, String path) {
		body.append("- ").append(text).append("\n  ").append(this.baseUrl).append(path).append("\n");
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}
