package org.sprout.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Hibernate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.feedback.coach.Balance;
import org.sprout.feedback.coach.Coaching;
import org.sprout.feedback.coach.Draft;
import org.sprout.feedback.coach.FeedbackCoach;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.security.Relation;
import org.sprout.security.Relations;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.web.ForbiddenException;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;

/**
 * Writing and reading feedback, each step checked against the access policy.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

	private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("observedOn"), Sort.Order.desc("id"));

	private final FeedbackRepository entries;

	private final PersonRepository people;

	private final ProjectRepository projects;

	private final SkillRepository skills;

	private final FeedbackRequestRepository requests;

	private final Relations relations;

	private final Clock clock;

	private final FeedbackCoach coach;

	private final ApplicationEventPublisher events;

	FeedbackService(FeedbackRepository entries, PersonRepository people, ProjectRepository projects,
			SkillRepository skills, FeedbackRequestRepository requests, Relations relations, Clock clock,
			FeedbackCoach coach, ApplicationEventPublisher events) {
		this.entries = entries;
		this.people = people;
		this.projects = projects;
		this.skills = skills;
		this.requests = requests;
		this.relations = relations;
		this.clock = clock;
		this.coach = coach;
		this.events = events;
	}

	/**
	 * The person the viewer may give feedback about, or 404 when there is no such person;
	 * 403 when the viewer may not write about them.
	 */
	public Person subjectFor(long viewerId, Long subjectId) {
		Person subject = Optional.ofNullable(subjectId)
			.flatMap(this.people::findById)
			.orElseThrow(NotFoundException::new);
		if (!AccessPolicy.canGiveFeedback(this.relations.between(viewerId, subject.getId()))) {
			throw new ForbiddenException("feedback.notAllowed");
		}
		if (!subject.isEnabled()) {
			// Their history stays readable; nothing new is added to an account that is
			// off.
			throw new ForbiddenException("feedback.subject.inactive");
		}
		return subject;
	}

	/**
	 * An open request to the viewer from the subject, which a new entry will answer; 404
	 * for a request the viewer may not answer.
	 */
	public FeedbackRequest requestToAnswer(long viewerId, Long requestId) {
		FeedbackRequest request = this.requests.findForPage(requestId).orElseThrow(NotFoundException::new);
		if (!AccessPolicy.canAnswerRequest(viewerId, request.getRecipient().getId(), request.isOpen())) {
			throw new NotFoundException();
		}
		Hibernate.initialize(request.getSkills());
		return request;
	}

	/**
	 * The request an entry answers, with who asked and what, when the viewer is the one
	 * who asked or the one asked; the question is theirs alone.
	 */
	public Optional<FeedbackRequest> requestAnsweredBy(long viewerId, FeedbackEntry entry) {
		if (entry.getRequestId() == null) {
			return Optional.empty();
		}
		return this.requests.findForPage(entry.getRequestId())
			.filter((request) -> AccessPolicy.canSeeRequest(viewerId, request.getRequester().getId(),
					request.getRecipient().getId()));
	}

	/**
	 * Saves a new entry, or records on {@code errors} why the ids in the form cannot be
	 * used and returns empty.
	 */
	@Transactional
	public Optional<FeedbackEntry> create(long authorId, FeedbackForm form, Errors errors) {
		Person subject = subjectFor(authorId, form.getAbout());
		FeedbackRequest request = null;
		if (form.getRequestId() != null) {
			request = requestToAnswer(authorId, form.getRequestId());
			if (!request.getRequester().getId().equals(subject.getId())) {
				throw new NotFoundException();
			}
		}
		if (request != null && form.getVisibility() != Visibility.SHARED) {
			errors.rejectValue("visibility", "feedback.visibility.requestShared");
		}
		FeedbackEntry entry = new FeedbackEntry(this.people.getReferenceById(authorId), subject);
		if (!apply(form, entry, errors)) {
			return Optional.empty();
		}
		FeedbackEntry saved = this.entries.save(entry);
		if (request != null) {
			saved.setRequestId(request.getId());
			request.answeredBy(saved.getId());
		}
		closeCommitmentsAnsweredBy(saved);
		if (!saved.isPrivateNote()) {
			this.events.publishEvent(new FeedbackShared(saved.getId()));
		}
		return Optional.of(saved);
	}

	/**
	 * Saves the author's changes to an entry as a new revision. Refused, with the entry's
	 * current content in {@code current}, when someone saved it since the author opened
	 * it.
	 */
	@Transactional
	public Optional<FeedbackEntry> update(long authorId, long entryId, FeedbackForm form, Errors errors) {
		FeedbackEntry entry = editable(authorId, entryId);
		if (form.getVersion() == null || form.getVersion() != entry.getVersion()) {
			errors.reject("feedback.conflict");
			return Optional.empty();
		}
		if (!entry.getSubject().getId().equals(form.getAbout())) {
			throw new NotFoundException();
		}
		if (!entry.isPrivateNote() && form.getVisibility() == Visibility.PRIVATE_NOTE) {
			errors.rejectValue("visibility", "feedback.visibility.alreadyShared");
		}
		if (form.getVisibility() == Visibility.SHARED && !AccessPolicy
			.canWrite(this.relations.between(authorId, entry.getSubject().getId()), Visibility.SHARED)) {
			errors.rejectValue("visibility", "feedback.visibility.notAllowed");
		}
		boolean wasNote = entry.isPrivateNote();
		if (!apply(form, entry, errors)) {
			return Optional.empty();
		}
		entry.markEdited(this.clock.instant());
		this.entries.flush();
		closeCommitmentsAnsweredBy(entry);
		if (wasNote && !entry.isPrivateNote()) {
			this.events.publishEvent(new FeedbackShared(entry.getId()));
		}
		return Optional.of(entry);
	}

	/**
	 * The entry, for its author to change; 404 for those who may not read it, 403 for
	 * readers.
	 */
	public FeedbackEntry editable(long viewerId, long entryId) {
		FeedbackEntry entry = read(viewerId, entryId);
		if (!AccessPolicy.canEdit(viewerId, entry.getAuthor().getId())) {
			throw new ForbiddenException("feedback.edit.notAuthor");
		}
		return entry;
	}

	/** Turns the author's private note into shared feedback. */
	@Transactional
	public FeedbackEntry share(long authorId, long entryId) {
		FeedbackEntry entry = editable(authorId, entryId);
		if (!AccessPolicy.canWrite(this.relations.between(authorId, entry.getSubject().getId()), Visibility.SHARED)) {
			throw new ForbiddenException("feedback.notAllowed");
		}
		if (entry.isPrivateNote()) {
			entry.setVisibility(Visibility.SHARED);
			entry.markEdited(this.clock.instant());
			closeCommitmentsAnsweredBy(entry);
			this.events.publishEvent(new FeedbackShared(entry.getId()));
		}
		return entry;
	}

	private boolean apply(FeedbackForm form, FeedbackEntry entry, Errors errors) {
		Project project = resolveProject(entry.getSubject(), form.getProjectId(), errors);
		Set<Skill> chosen = resolveSkills(form.getSkillIds(), entry.getSkills(), errors);
		if (errors.hasErrors()) {
			return false;
		}
		entry.setProject(project);
		entry.setSkills(chosen);
		entry.setObservedOn(form.getObservedOn());
		entry.setKind(form.getKind());
		entry.setVisibility(form.getVisibility());
		entry.setSituation(form.getSituation().strip());
		entry.setBehaviour(form.getBehaviour().strip());
		entry.setImpact(form.getImpact().strip());
		entry.setNextStep(form.getNextStep().strip());
		coach(entry);
		return true;
	}

	/**
	 * Stores the coach's reading with the entry. The coach only advises: should it fail,
	 * the entry is saved without a score.
	 */
	private void coach(FeedbackEntry entry) {
		try {
			Coaching coaching = this.coach.review(new Draft(entry.getSituation(), entry.getBehaviour(),
					entry.getImpact(), entry.getNextStep(), entry.getKind()));
			entry.setQuality(coaching.score(), coaching.ruleIds());
		}
		catch (RuntimeException ex) {
			log.warn("The feedback coach failed; saving the entry without a score", ex);
			entry.setQuality(null, null);
		}
	}

	/**
	 * New shared feedback on a skill answers the subject's open commitments on that
	 * skill: they were seen through.
	 */
	private void closeCommitmentsAnsweredBy(FeedbackEntry entry) {
		if (entry.isPrivateNote()) {
			return;
		}
		Instant now = this.clock.instant();
		for (FeedbackEntry earlier : this.entries.openCommitmentsAbout(entry.getSubject().getId())) {
			if (entry.followsUpCommitmentOf(earlier)) {
				earlier.closeCommitment(now);
			}
		}
	}

	private Project resolveProject(Person subject, Long projectId, Errors errors) {
		if (projectId == null) {
			return null;
		}
		Optional<Project> project = this.projects.projectsOf(subject.getId())
			.stream()
			.filter((candidate) -> candidate.getId().equals(projectId))
			.findFirst();
		if (project.isEmpty()) {
			errors.rejectValue("projectId", "feedback.project.unknown");
		}
		return project.orElse(null);
	}

	/** Skills offered for new feedback; a retired skill already on the entry may stay. */
	private Set<Skill> resolveSkills(List<Long> skillIds, Set<Skill> current, Errors errors) {
		Set<Long> wanted = new HashSet<>(skillIds);
		Set<Skill> allowed = new LinkedHashSet<>(this.skills.findByRetiredFalseOrderByPositionAsc());
		allowed.addAll(current);
		List<Skill> found = allowed.stream().filter((skill) -> wanted.contains(skill.getId())).toList();
		if (!wanted.isEmpty() && found.size() != wanted.size()) {
			errors.rejectValue("skillIds", "feedback.skills.unknown");
		}
		return new LinkedHashSet<>(found);
	}

	/** One entry, if the viewer may read it; otherwise 404, as if it did not exist. */
	public FeedbackEntry read(long viewerId, long entryId) {
		FeedbackEntry entry = this.entries.findForPage(entryId).orElseThrow(NotFoundException::new);
		Relation relation = this.relations.between(viewerId, entry.getSubject().getId());
		if (!AccessPolicy.canRead(viewerId, relation, entry.getAuthor().getId(), entry.getVisibility())) {
			throw new NotFoundException();
		}
		return entry;
	}

	/**
	 * The viewer's scope of the person's history, filtered: what the history page, its
	 * charts and its exports may read. 404 when there is no such person or the viewer may
	 * not open this history at all.
	 */
	public HistoryScope scopeOf(long viewerId, long subjectId, HistoryFilter filter) {
		Person subject = this.people.findById(subjectId).orElseThrow(NotFoundException::new);
		return HistoryScope.of(viewerId, subject, this.relations.between(viewerId, subjectId), filter)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * A page of the history in the scope, newest first, with the authors the viewer may
	 * filter by.
	 */
	public History historyOf(HistoryScope scope) {
		Page<FeedbackEntry> page = this.entries.findAll(scope.entries(),
				Paging.page(scope.filter().page(), NEWEST_FIRST));
		loadSkills(page.getContent());
		return new History(page,
				this.entries.authorsVisibleIn(scope.subjectId(), scope.viewerId(), scope.readsShared()));
	}

	/**
	 * The subject's open commitments that the viewer may read, to show while the viewer
	 * writes feedback about them.
	 */
	public List<FeedbackEntry> openCommitmentsFor(long viewerId, long subjectId) {
		boolean readsShared = AccessPolicy.readsSharedFeedbackAbout(this.relations.between(viewerId, subjectId));
		List<FeedbackEntry> open = this.entries.openCommitmentsAbout(subjectId)
			.stream()
			.filter((entry) -> readsShared || entry.getAuthor().getId() == viewerId)
			.toList();
		loadSkills(open);
		return open;
	}

	/**
	 * How the author's recent shared feedback leans, for the coach's balance hint (the
	 * rule is {@link Balance}'s).
	 */
	public Balance balanceOf(long authorId) {
		List<FeedbackKind> kinds = this.entries.recentSharedKindsBy(authorId,
				LocalDate.now(this.clock).minusDays(Balance.RECENT_DAYS),
				org.springframework.data.domain.PageRequest.of(0, Balance.RECENT_ENTRIES));
		int reinforcing = (int) kinds.stream().filter((kind) -> kind == FeedbackKind.REINFORCING).count();
		return new Balance(reinforcing, kinds.size() - reinforcing);
	}

	/**
	 * One page of a history and the authors it can be filtered by.
	 *
	 * @param page the entries of the page
	 * @param authors the authors of all entries the viewer may read about the person
	 */
	public record History(Page<FeedbackEntry> page, List<Person> authors) {
	}

	/**
	 * Loads the skills of the entries while the transaction is open: the first access
	 * fetches them all in one batch query (see {@code default_batch_fetch_size}).
	 */
	public static void loadSkills(List<FeedbackEntry> entries) {
		if (!entries.isEmpty()) {
			Hibernate.initialize(entries.get(0).getSkills());
		}
	}

}
