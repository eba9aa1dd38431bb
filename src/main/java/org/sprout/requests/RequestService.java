package org.sprout.requests;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.web.NotFoundException;

/**
 * Asking for feedback, and declining a request. Answering one is writing feedback: see
 * the feedback form.
 */
@Service
@Transactional(readOnly = true)
public class RequestService {

	private final FeedbackRequestRepository requests;

	private final PersonRepository people;

	private final ProjectRepository projects;

	private final SkillRepository skills;

	private final ApplicationEventPublisher events;

	RequestService(FeedbackRequestRepository requests, PersonRepository people, ProjectRepository projects,
			SkillRepository skills, ApplicationEventPublisher events) {
		this.events = events;
		this.requests = requests;
		this.people = people;
		this.projects = projects;
		this.skills = skills;
	}

	@Transactional
	public Optional<FeedbackRequest> ask(long requesterId, RequestForm form, Errors errors) {
		Optional<Person> recipient = this.people.findById(form.getRecipientId()).filter(Person::isEnabled);
		if (recipient.isEmpty()) {
			errors.rejectValue("recipientId", "request.recipient.unknown");
		}
		else if (!AccessPolicy.canRequestFeedback(requesterId, recipient.get().getId())) {
			errors.rejectValue("recipientId", "request.recipient.self");
		}
		Project project = null;
		if (form.getProjectId() != null) {
			project = this.projects.projectsOf(requesterId)
				.stream()
				.filter((p) -> p.getId().equals(form.getProjectId()))
				.findFirst()
				.orElse(null);
			if (project == null) {
				errors.rejectValue("projectId", "request.project.unknown");
			}
		}
		Set<Long> wanted = new HashSet<>(form.getSkillIds());
		List<Skill> chosen = this.skills.findByRetiredFalseOrderByPositionAsc()
			.stream()
			.filter((skill) -> wanted.contains(skill.getId()))
			.toList();
		if (chosen.size() != wanted.size()) {
			errors.rejectValue("skillIds", "feedback.skills.unknown");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		FeedbackRequest request = new FeedbackRequest(this.people.getReferenceById(requesterId), recipient.get(),
				form.getQuestion().strip());
		request.setProject(project);
		request.getSkills().addAll(chosen);
		FeedbackRequest saved = this.requests.save(request);
		this.events.publishEvent(new FeedbackRequested(saved.getId()));
		return Optional.of(saved);
	}

	/**
	 * Declines an open request to the viewer; 404 for anyone else or a closed request.
	 */
	@Transactional
	public FeedbackRequest decline(long viewerId, long requestId, String reason) {
		FeedbackRequest request = declinable(viewerId, requestId);
		request.decline(reason.strip());
		return request;
	}

	/** An open request to the viewer; 404 for anyone else or a closed request. */
	public FeedbackRequest declinable(long viewerId, long requestId) {
		FeedbackRequest request = this.requests.findForPage(requestId).orElseThrow(NotFoundException::new);
		if (!AccessPolicy.canAnswerRequest(viewerId, request.getRecipient().getId(), request.isOpen())) {
			throw new NotFoundException();
		}
		return request;
	}

	public List<FeedbackRequest> receivedBy(long personId) {
		return withSkills(this.requests.receivedBy(personId));
	}

	public List<FeedbackRequest> sentBy(long personId) {
		return withSkills(this.requests.sentBy(personId));
	}

	/** Loads the requests' skills in one batch query while the transaction is open. */
	private static List<FeedbackRequest> withSkills(List<FeedbackRequest> requests) {
		if (!requests.isEmpty()) {
			Hibernate.initialize(requests.get(0).getSkills());
		}
		return requests;
	}

}
