package org.sprout.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.sprout.web.Paging;
import org.sprout.web.Problems;

/**
 * Asking for feedback (one person or several at once, perhaps by a day), and declining a
 * request. Answering one is writing feedback: see the feedback form.
 */
@Service
@Transactional(readOnly = true)
public class RequestService {

	/** How many of the requests a person sent their requests page shows. */
	public static final int SENT_SHOWN = 100;

	private final FeedbackRequestRepository requests;

	private final PersonRepository people;

	private final ProjectRepository projects;

	private final SkillFramework skills;

	/** The furthest a due date may lie ahead: a year. */
	static final int MAX_DUE_DAYS = 365;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestService(FeedbackRequestRepository requests, PersonRepository people, ProjectRepository projects,
			SkillFramework skills, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.requests = requests;
		this.people = people;
		this.projects = projects;
		this.skills = skills;
	}

	/**
	 * Asks each of the people in the form for feedback (one request each, asked
	 * together), or refuses the form with everything wrong in it.
	 */
	@Transactional
	public List<FeedbackRequest> ask(long requesterId, RequestForm form) {
		Problems problems = new Problems();
		List<Long> ids = form.getRecipientIds().stream().filter(Objects::nonNull).distinct().toList();
		if (ids.size() > RequestForm.MAX_RECIPIENTS) {
			problems.add("recipientIds", "request.recipients.tooMany", RequestForm.MAX_RECIPIENTS);
		}
		Map<Long, Person> enabled = new HashMap<>();
		this.people.findAllById(ids).stream().filter(Person::isEnabled).forEach((p) -> enabled.put(p.getId(), p));
		List<Person> recipients = new ArrayList<>();
		Set<String> refusals = new LinkedHashSet<>();
		for (long id : ids) {
			if (!AccessPolicy.canRequestFeedback(requesterId, id)) {
				refusals.add("request.recipient.self");
			}
			else if (!enabled.containsKey(id)) {
				refusals.add("request.recipient.unknown");
			}
			else {
				recipients.add(enabled.get(id));
			}
		}
		refusals.forEach((code) -> problems.add("recipientIds", code));
		LocalDate today = LocalDate.now(this.clock);
		if (form.getDueOn() != null && form.getDueOn().isBefore(today)) {
			problems.add("dueOn", "request.dueOn.past");
		}
		else if (form.getDueOn() != null && form.getDueOn().isAfter(today.plusDays(MAX_DUE_DAYS))) {
			problems.add("dueOn", "request.dueOn.tooFar");
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
		if (recipients.isEmpty() && !problems.has("recipientIds")) {
			problems.add("recipientIds", "request.recipient.unknown");
		}
		problems.throwIfAny();
		String key = (recipients.size() > 1) ? UUID.randomUUID().toString() : null;
		List<FeedbackRequest> asked = new ArrayList<>();
		for (Person recipient : recipients) {
			FeedbackRequest request = new FeedbackRequest(this.people.getReferenceById(requesterId), recipient,
					form.getQuestion().strip());
			request.setProject(project);
			request.getSkills().addAll(chosen);
			request.setDueOn(form.getDueOn());
			request.askedTogether(key);
			FeedbackRequest saved = this.requests.save(request);
			this.events.publishEvent(new FeedbackRequested(saved.getId()));
			asked.add(saved);
		}
		return asked;
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

	/**
	 * The open requests to the person and from them, oldest first, with both people, the
	 * project and the skills: one query.
	 */
	public List<FeedbackRequest> openInvolving(long personId) {
		return this.requests.openInvolving(personId);
	}

	/** How many requests about the project there are, per status name. */
	public Map<String, Long> perStatusOn(long projectId) {
		Map<String, Long> perStatus = new HashMap<>();
		this.requests.perStatusOn(projectId)
			.forEach((row) -> perStatus.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
		return perStatus;
	}

	/** A page of the requests to the person, open ones first, newest first. */
	public Page<FeedbackRequest> receivedBy(long personId, Integer page) {
		Page<FeedbackRequest> received = this.requests.receivedBy(personId, Paging.page(page, Sort.unsorted()));
		withSkills(received.getContent());
		return received;
	}

	/**
	 * What the person asked lately, newest first: their last {@value #SENT_SHOWN}
	 * requests, those asked together in one form as one ask, with who answered and who
	 * not.
	 */
	public List<SentAsk> asksBy(long personId) {
		Map<String, List<FeedbackRequest>> asks = new LinkedHashMap<>();
		for (FeedbackRequest request : withSkills(
				this.requests.newestSentBy(personId, PageRequest.of(0, SENT_SHOWN)))) {
			String key = (request.getAskKey() != null) ? request.getAskKey() : "request:" + request.getId();
			asks.computeIfAbsent(key, (k) -> new ArrayList<>()).add(request);
		}
		return asks.values().stream().map(SentAsk::new).toList();
	}

	/**
	 * The open requests due between the two days (both included), with who asked and who
	 * is asked: whom to remind.
	 */
	public List<FeedbackRequest> openDueBetween(LocalDate from, LocalDate to) {
		return this.requests.openDueBetween(from, to);
	}

	/**
	 * Loads the requests' skills while the transaction is open: in batches of up to
	 * {@code default_batch_fetch_size}, one query for a page.
	 */
	private static List<FeedbackRequest> withSkills(List<FeedbackRequest> requests) {
		requests.forEach((request) -> Hibernate.initialize(request.getSkills()));
		return requests;
	}

}
