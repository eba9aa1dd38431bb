package org.sprout.requests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillFramework;
import org.sprout.web.NotFoundException;
import org.sprout.web.Problems;

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

	private final SkillFramework skills;

	private final ApplicationEventPublisher events;

	RequestService(FeedbackRequestRepository requests, PersonRepository people, ProjectRepository projects,
			SkillFramework skills, ApplicationEventPublisher events) {
		this.events = events;
		this.requests = requests;
		this.people = people;
		this.projects = projects;
		this.skills = skills;
	}

	/** Asks someone for feedback, or refuses the request with what is wrong in it. */
	@Transactional
	public FeedbackRequest ask(long requesterId, RequestForm form) {
		Problems problems = new Problems();
		Optional<Person> recipient = this.people.findById(form.getRecipientId()).filter(Person::isEnabled);
		if (recipient.isEmpty()) {
			problems.add("recipientId", "request.recipient.unknown");
		}
		else if (!AccessPolicy.canRequestFeedback(requesterId, recipient.get().getId())) {
			problems.add("recipientId", "request.recipient.self");
		}
		Project project = null;
		if (form.getProjectId() != null) {
			project = this.projects.projectsOf(requesterId)
				.stream()
				.filter((p) -> p.getId().equals(form.getProjectId()))
				.findFirst()
				.orElse(null);
			if (project == null) {
				problems.add("projectId", "request.project.unknown");
			}
		}
		List<Skill> chosen = this.skills.offeredWithIds(form.getSkillIds()).orElseGet(() -> {
			problems.add("skillIds", "feedback.skills.unknown");
			return List.of();
		});
		problems.throwIfAny();
		FeedbackRequest request = new FeedbackRequest(this.people.getReferenceById(requesterId), recipient.get(),
				form.getQuestion().strip());
		request.setProject(project);
		request.getSkills().addAll(chosen);
		FeedbackRequest saved = this.requests.save(request);
		this.events.publishEvent(new FeedbackRequested(saved.getId()));
		return saved;
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

	/** The requests to the person still waiting for an answer, oldest first. */
	public List<FeedbackRequest> openTo(long personId) {
		return withSkills(this.requests.openFor(personId));
	}

	/** The open requests between the person and any of the others, either way. */
	public List<OpenRequest> openBetween(long personId, List<Long> otherIds) {
		return otherIds.isEmpty() ? List.of() : this.requests.openBetween(personId, otherIds);
	}

	/** How many requests about the project there are, per status name. */
	public Map<String, Long> perStatusOn(long projectId) {
		Map<String, Long> perStatus = new HashMap<>();
		this.requests.perStatusOn(projectId)
			.forEach((row) -> perStatus.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
		return perStatus;
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
