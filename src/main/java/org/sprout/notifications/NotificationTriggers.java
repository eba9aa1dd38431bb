package org.sprout.notifications;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.sprout.feedback.CommitmentDone;
import org.sprout.feedback.FeedbackEdited;
import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.FeedbackShared;
import org.sprout.feedback.Reader;
import org.sprout.feedback.Readers;
import org.sprout.feedback.ReflectionWritten;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectClosed;
import org.sprout.projects.ProjectRepository;
import org.sprout.projects.RetrospectiveWritten;
import org.sprout.recognition.Recognised;
import org.sprout.recognition.Recognition;
import org.sprout.recognition.RecognitionRepository;
import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.requests.FeedbackRequested;
import org.sprout.security.AccessPolicy;
import org.sprout.security.SignInsFailed;
import org.sprout.ties.Ties;

/**
 * Turns what happens into notifications, in the same transaction as the change itself, so
 * a notification exists exactly when its change was saved. Each recipient is checked
 * against the access policy: nobody is told of something they may not read.
 */
@Component
class NotificationTriggers {

	private final Notifications notifications;

	private final FeedbackRepository entries;

	private final FeedbackRequestRepository requests;

	private final Ties ties;

	private final RecognitionRepository recognitions;

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final Clock clock;

	private final Readers readers;

	NotificationTriggers(Notifications notifications, FeedbackRepository entries, FeedbackRequestRepository requests,
			Ties ties, RecognitionRepository recognitions, ProjectRepository projects, PersonRepository people,
			Clock clock, Readers readers) {
		this.readers = readers;
		this.people = people;
		this.clock = clock;
		this.projects = projects;
		this.recognitions = recognitions;
		this.notifications = notifications;
		this.entries = entries;
		this.requests = requests;
		this.ties = ties;
	}

	/** Shared feedback about me: the subject is told, once per entry. */
	@EventListener
	void feedbackShared(FeedbackShared event) {
		FeedbackEntry entry = this.entries.findForPage(event.entryId()).orElseThrow();
		long subjectId = entry.getSubject().getId();
		this.notifications.settleOverdue(entry.getAuthor().getId(), subjectId);
		if (mayRead(subjectId, entry)) {
			this.notifications.notifyOnce(subjectId, NotificationKind.NEW_FEEDBACK, entry.getId(),
					entry.getAuthor().getDisplayName(), null, "feedback:" + entry.getId());
		}
	}

	/**
	 * Feedback I had answered was changed: I am told, once per edit, and led to its
	 * versions (which keep what a private note said to its author alone).
	 */
	@EventListener
	void feedbackEdited(FeedbackEdited event) {
		FeedbackEntry entry = this.entries.findForPage(event.entryId()).orElseThrow();
		long subjectId = entry.getSubject().getId();
		if (mayRead(subjectId, entry)) {
			this.notifications.notifyOnce(subjectId, NotificationKind.FEEDBACK_EDITED, entry.getId(),
					entry.getAuthor().getDisplayName(), null,
					"edited:" + entry.getId() + ":" + entry.getEditedAt().toEpochMilli());
		}
	}

	/** A reflection on my feedback: the author is told, once per saved reflection. */
	@EventListener
	void reflectionWritten(ReflectionWritten event) {
		FeedbackEntry entry = this.entries.findForPage(event.entryId()).orElseThrow();
		long authorId = entry.getAuthor().getId();
		if (mayRead(authorId, entry)) {
			this.notifications.notifyOnce(authorId, NotificationKind.REFLECTION, entry.getId(),
					entry.getSubject().getDisplayName(), null,
					"reflection:" + entry.getId() + ":" + entry.getReflectedAt().toEpochMilli());
		}
	}

	/**
	 * A commitment marked done: everyone else who reads the entry is told (its author,
	 * the subject's manager and mentors), as the policy lets each read it.
	 */
	@EventListener
	void commitmentDone(CommitmentDone event) {
		FeedbackEntry entry = this.entries.findForPage(event.entryId()).orElseThrow();
		long subjectId = entry.getSubject().getId();
		for (Reader reader : this.readers.of(entry.getAuthor().getId(), subjectId, !entry.isPrivateNote())) {
			if (reader.personId() != subjectId) {
				this.notifications.notifyOnce(reader.personId(), NotificationKind.COMMITMENT_DONE, entry.getId(),
						entry.getSubject().getDisplayName(), null,
						"commitment-done:" + entry.getId() + ":" + entry.getCommitmentDoneAt().toEpochMilli());
			}
		}
	}

	/** A request to me: the one asked is told. */
	@EventListener
	void feedbackRequested(FeedbackRequested event) {
		FeedbackRequest request = this.requests.findForPage(event.requestId()).orElseThrow();
		long recipientId = request.getRecipient().getId();
		if (AccessPolicy.canSeeRequest(recipientId, request.getRequester().getId(), recipientId)) {
			this.notifications.notifyOnce(recipientId, NotificationKind.REQUEST, request.getId(),
					request.getRequester().getDisplayName(), null, "request:" + request.getId());
		}
	}

	/** Recognised: the receiver is told who recognised them (recognitions are named). */
	@EventListener
	void recognised(Recognised event) {
		Recognition recognition = this.recognitions.findById(event.recognitionId()).orElseThrow();
		long receiverId = recognition.getReceiver().getId();
		this.notifications.notifyOnce(receiverId, NotificationKind.RECOGNITION, receiverId,
				recognition.getGiver().getDisplayName(), null, "recognition:" + recognition.getId());
	}

	/**
	 * A project closed: whichever of its lead and sponsor did not close it is asked for
	 * their part (the retrospective, the closing feedback); the one who closed it sees
	 * the same ask on the page they land on.
	 */
	@EventListener
	void projectClosed(ProjectClosed event) {
		Project project = this.projects.findForPage(event.projectId()).orElseThrow();
		long lead = project.getLead().getId();
		long sponsor = project.getSponsor().getId();
		if (event.closedBy() != lead) {
			this.notifications.notifyOnce(lead, NotificationKind.RETROSPECTIVE_DUE, project.getId(),
					project.getSponsor().getDisplayName(), project.getName(), "retrospective:" + project.getId());
		}
		if (event.closedBy() != sponsor) {
			this.notifications.notifyOnce(sponsor, NotificationKind.CLOSING_FEEDBACK_DUE, project.getId(),
					project.getLead().getDisplayName(), project.getName(), "closing:" + project.getId());
		}
	}

	/** The retrospective is written: the lead's ask to write it has done its job. */
	@EventListener
	void retrospectiveWritten(RetrospectiveWritten event) {
		this.notifications.settle(event.leadId(), NotificationKind.RETROSPECTIVE_DUE, event.projectId());
	}

	/**
	 * Someone keeps failing to sign in as a person: they are told (once a day at most),
	 * so they can choose a stronger password or tell an admin.
	 */
	@EventListener
	void signInsFailed(SignInsFailed event) {
		if (event.username() == null) {
			return;
		}
		this.people.findByUsername(event.username().strip())
			.ifPresent((person) -> this.notifications.notifyOnce(person.getId(), NotificationKind.ACCOUNT_TARGETED,
					person.getId(), person.getDisplayName(), String.valueOf(event.failures()),
					"targeted:" + LocalDate.now(this.clock)));
	}

	private boolean mayRead(long recipientId, FeedbackEntry entry) {
		return AccessPolicy.canRead(recipientId, this.ties.between(recipientId, entry.getSubject().getId()),
				entry.getAuthor().getId(), !entry.isPrivateNote());
	}

}
