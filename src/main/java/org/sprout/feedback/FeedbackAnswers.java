package org.sprout.feedback;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.security.AccessPolicy;
import org.sprout.web.ForbiddenException;
import org.sprout.web.InvalidInput;
import org.sprout.web.Problems;
import org.sprout.web.Text;

/**
 * The subject's side of an entry: acknowledging it, reflecting on it, marking their
 * commitment on it done.
 */
@Service
@Transactional
public class FeedbackAnswers {

	private final FeedbackService feedback;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FeedbackAnswers(FeedbackService feedback, Clock clock, ApplicationEventPublisher events) {
		this.feedback = feedback;
		this.clock = clock;
		this.events = events;
	}

	public FeedbackEntry acknowledge(long viewerId, long entryId) {
		FeedbackEntry entry = answerable(viewerId, entryId);
		entry.acknowledge(this.clock.instant());
		return entry;
	}

	public FeedbackEntry reflect(long viewerId, long entryId, ReflectionForm form) {
		FeedbackEntry entry = answerable(viewerId, entryId);
		entry.reflect(form.reflection().strip(), Text.blankToNull(form.intent()), Text.blankToNull(form.commitment()),
				this.clock.instant());
		this.events.publishEvent(new ReflectionWritten(entry.getId()));
		return entry;
	}

	/**
	 * The subject saw their commitment on the entry through: it is no longer open, and
	 * those who read the entry see when it was done and the note. Refused
	 * ({@link InvalidInput}) when the commitment is not open any more.
	 */
	public FeedbackEntry markCommitmentDone(long viewerId, long entryId, String note) {
		FeedbackEntry entry = answerable(viewerId, entryId);
		if (!entry.markCommitmentDone(Text.blankToNull(note), this.clock.instant())) {
			throw Problems.of(null, "commitment.notOpen");
		}
		this.events.publishEvent(new CommitmentDone(entry.getId()));
		return entry;
	}

	/**
	 * 404 for those who may not read the entry, 403 for readers who are not its subject.
	 */
	public FeedbackEntry answerable(long viewerId, long entryId) {
		FeedbackEntry entry = this.feedback.read(viewerId, entryId);
		if (!AccessPolicy.canAnswer(viewerId, entry.getSubject().getId(), !entry.isPrivateNote())) {
			throw new ForbiddenException("feedback.answer.notSubject");
		}
		return entry;
	}

}
