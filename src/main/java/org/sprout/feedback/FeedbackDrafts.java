package org.sprout.feedback;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.web.NotFoundException;

/**
 * Feedback drafts: kept per author and subject while the author writes, given back to
 * that author only, removed when they save the entry (see {@link FeedbackService#create})
 * or discard it.
 */
@Service
@Transactional
public class FeedbackDrafts {

	private final FeedbackDraftRepository drafts;

	private final FeedbackService feedback;

	private final PersonRepository people;

	private final Clock clock;

	FeedbackDrafts(FeedbackDraftRepository drafts, FeedbackService feedback, PersonRepository people, Clock clock) {
		this.drafts = drafts;
		this.feedback = feedback;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Keeps what the form holds as the author's draft about its subject, whatever is
	 * wrong in it; 404 and 403 as the form itself (only who may write about the person
	 * keeps a draft about them).
	 */
	public FeedbackDraft save(long authorId, FeedbackForm form) {
		Person subject = this.feedback.subjectFor(authorId, form.getAbout());
		FeedbackDraft draft = this.drafts.findOf(authorId, subject.getId())
			.orElseGet(() -> new FeedbackDraft(this.people.getReferenceById(authorId), subject));
		draft.keep(form, this.clock.instant());
		return this.drafts.saveAndFlush(draft);
	}

	/** The author's own draft about the person, if there is one. */
	@Transactional(readOnly = true)
	public Optional<FeedbackDraft> of(long authorId, long subjectId) {
		return this.drafts.findOf(authorId, subjectId);
	}

	/**
	 * Whether the request the draft was answering is still open to its author (it may
	 * have been answered or declined since).
	 */
	@Transactional(readOnly = true)
	public boolean answersOpenRequest(long authorId, FeedbackDraft draft) {
		try {
			return draft.getRequestId() != null && this.feedback.requestToAnswer(authorId, draft.getRequestId())
				.getRequester()
				.getId()
				.equals(draft.getSubject().getId());
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/** Removes the author's draft about the person; whether there was one. */
	public boolean discard(long authorId, long subjectId) {
		return this.drafts.deleteOf(authorId, subjectId) > 0;
	}

}
