package org.sprout.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.hibernate.Hibernate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
import org.sprout.skills.Skill;
import org.sprout.skills.SkillFramework;
import org.sprout.ties.Standing;
import org.sprout.ties.Ties;
import org.sprout.ties.TiesAround;
import org.sprout.web.EditConflict;
import org.sprout.web.ForbiddenException;
import org.sprout.web.InvalidInput;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;
import org.sprout.web.Problems;

/**
 * Writing and reading feedback, each step checked against the access policy.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

	private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);

	/** How far back the dashboard's reflections reach. */
	static final int RECENT_REFLECTION_DAYS = 30;

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("observedOn"), Sort.Order.desc("id"));

	private final FeedbackRepository entries;

	private final PersonRepository people;

	private final ProjectRepository projects;

	private final SkillFramework skills;

	private final FeedbackRequestRepository requests;

	private final Ties ties;

	private final FeedbackQueries lists;

	private final Clock clock;

	private final FeedbackCoach coach;

	private final ApplicationEventPublisher events;

	private final Counter written;

	private final FeedbackDraftRepository drafts;

	/** The authors of each history as its viewer reads it, until it changes. */
	private final Cache<HistoryScope.Key, List<Person>> authors = Caffeine.newBuilder()
		.maximumSize(HistoryScope.KEPT_SCOPES)
		.expireAfterAccess(HistoryScope.KEPT_FOR)
		.build();

	FeedbackService(FeedbackRepository entries, PersonRepository people, ProjectRepository projects,
			SkillFramework skills, FeedbackRequestRepository requests, Ties ties, FeedbackQueries lists, Clock clock,
			FeedbackCoach coach, ApplicationEventPublisher events, FeedbackDraftRepository drafts,
			MeterRegistry meters) {
		this.written = Counter.builder("sprout.feedback.written")
			.description("Feedback entries written (shared and private notes)")
			.register(meters);
		this.drafts = drafts;
		this.entries = entries;
		this.people = people;
		this.projects = projects;
		this.skills = skills;
		this.requests = requests;
		this.ties = ties;
		this.lists = lists;
		this.clock = clock;
		this.coach = coach;
		this.events = events;
	}

	/**
	 * The person the viewer may give feedback about, or 404 when there is no such person;
	 * 403 when the viewer may not write about them.
	 */
	public Person subjectFor(long viewerId, Long subjectId) {
		return writingAbout(viewerId, subjectId).subject();
	}

	/**
	 * The same, with how the viewer stands to them: what the form shows beside what is
	 * written (who will read it, the commitments it may follow up).
	 */
	public Writing writingAbout(long viewerId, Long subjectId) {
		Person subject = Optional.ofNullable(subjectId)
			.flatMap(this.people::findById)
			.orElseThrow(NotFoundException::new);
		TiesAround around = this.ties.around(subject.getId(), subject.isWelcomesFeedback());
		Standing standing = around.standingOf(viewerId);
		if (!AccessPolicy.canGiveFeedback(standing)) {
			throw new ForbiddenException("feedback.notAllowed");
		}
		if (!subject.isEnabled()) {
			// Their history stays readable; nothing new is added to an account that is
			// off.
			throw new ForbiddenException("feedback.subject.inactive");
		}
		return new Writing(subject, standing, around);
	}

	/**
	 * The subject of an entry the viewer edits, and how the viewer stands to them now.
	 */
	public Writing editingAbout(long viewerId, Person subject) {
		TiesAround around = this.ties.around(subject.getId(), subject.isWelcomesFeedback());
		return new Writing(subject, around.standingOf(viewerId), around);
	}

	/**
	 * Someone the viewer writes about, how the viewer stands to them, and everyone tied
	 * to them (who will read what is written).
	 */
	public record Writing(Person subject, Standing standing, TiesAround around) {
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
	 * Saves a new entry, and removes the author's draft about its subject; refuses it
	 * ({@link InvalidInput}) when the ids in the form cannot be used.
	 */
	@Transactional
	public FeedbackEntry create(long authorId, FeedbackForm form) {
		Person subject = subjectFor(authorId, form.getAbout());
		FeedbackRequest request = null;
		if (form.getRequestId() != null) {
			request = requestToAnswer(authorId, form.getRequestId());
			if (!request.getRequester().getId().equals(subject.getId())) {
				throw new NotFoundException();
			}
		}
		Problems problems = new Problems();
		if (request != null && form.getVisibility() != Visibility.SHARED) {
			problems.add("visibility", "feedback.visibility.requestShared");
		}
		FeedbackEntry entry = new FeedbackEntry(this.people.getReferenceById(authorId), subject);
		apply(form, entry, problems);
		FeedbackEntry saved = this.entries.save(entry);
		this.written.increment();
		if (request != null) {
			saved.setRequestId(request.getId());
			request.answeredBy(saved.getId());
		}
		closeCommitmentsAnsweredBy(saved);
		// Saved: the draft it was written from has done its job.
		this.drafts.deleteOf(authorId, subject.getId());
		if (!saved.isPrivateNote()) {
			this.events.publishEvent(new FeedbackShared(saved.getId()));
		}
		return saved;
	}

	/**
	 * Saves the author's changes to an entry as a new revision. Refused with
	 * {@link EditConflict} when someone saved it since the author opened it, with
	 * {@link InvalidInput} when the form cannot be used.
	 */
	@Transactional
	public FeedbackEntry update(long authorId, long entryId, FeedbackForm form) {
		FeedbackEntry entry = editable(authorId, entryId);
		EditConflict.check(form.getVersion(), entry.getVersion());
		if (!entry.getSubject().getId().equals(form.getAbout())) {
			throw new NotFoundException();
		}
		Problems problems = new Problems();
		if (!entry.isPrivateNote() && form.getVisibility() == Visibility.PRIVATE_NOTE) {
			problems.add("visibility", "feedback.visibility.alreadyShared");
		}
		if (form.getVisibility() == Visibility.SHARED
				&& !AccessPolicy.canWrite(this.ties.between(authorId, entry.getSubject().getId()), true)) {
			problems.add("visibility", "feedback.visibility.notAllowed");
		}
		boolean wasNote = entry.isPrivateNote();
		FeedbackEntry.Content before = entry.content();
		apply(form, entry, problems);
		entry.markEdited(this.clock.instant());
		EditConflict.flushing(this.entries::flush);
		closeCommitmentsAnsweredBy(entry);
		if (wasNote && !entry.isPrivateNote()) {
			this.events.publishEvent(new FeedbackShared(entry.getId()));
		}
		else if (entry.isAnswered() && !entry.content().equals(before)) {
			// The subject answered what it said before: they are told it changed.
			this.events.publishEvent(new FeedbackEdited(entry.getId()));
		}
		return entry;
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
		if (!AccessPolicy.canWrite(this.ties.between(authorId, entry.getSubject().getId()), true)) {
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

	/** Copies the form onto the entry, or refuses it with everything found wrong. */
	private void apply(FeedbackForm form, FeedbackEntry entry, Problems problems) {
		Project project = resolveProject(entry.getSubject(), form.getProjectId(), problems);
		Set<Skill> chosen = resolveSkills(form.getSkillIds(), entry.getSkills(), problems);
		problems.throwIfAny();
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
			if (entry.followsUpCommitmentOf(earlier, this.clock.getZone())) {
				earlier.closeCommitment(now);
			}
		}
	}

	private Project resolveProject(Person subject, Long projectId, Problems problems) {
		if (projectId == null) {
			return null;
		}
		Optional<Project> project = this.projects.projectsOf(subject.getId())
			.stream()
			.filter((candidate) -> candidate.getId().equals(projectId))
			.findFirst();
		if (project.isEmpty()) {
			problems.add("projectId", "feedback.project.unknown");
		}
		return project.orElse(null);
	}

	/** Skills offered for new feedback; a retired skill already on the entry may stay. */
	private Set<Skill> resolveSkills(List<Long> skillIds, Set<Skill> current, Problems problems) {
		Set<Long> wanted = new HashSet<>(skillIds);
		Set<Skill> allowed = new LinkedHashSet<>(this.skills.offeredToSave());
		allowed.addAll(current);
		List<Skill> found = allowed.stream().filter((skill) -> wanted.contains(skill.getId())).toList();
		if (!wanted.isEmpty() && found.size() != wanted.size()) {
			problems.add("skillIds", "feedback.skills.unknown");
		}
		return new LinkedHashSet<>(found);
	}

	/** One entry, if the viewer may read it; otherwise 404, as if it did not exist. */
	public FeedbackEntry read(long viewerId, long entryId) {
		FeedbackEntry entry = this.entries.findForPage(entryId).orElseThrow(NotFoundException::new);
		Standing standing = this.ties.between(viewerId, entry.getSubject().getId());
		if (!AccessPolicy.canRead(viewerId, standing, entry.getAuthor().getId(), !entry.isPrivateNote())) {
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
		return HistoryScope.of(viewerId, subject, this.ties.between(viewerId, subjectId), filter)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * A page of the history in the scope, newest first, with the authors the viewer may
	 * filter by. The authors are kept per scope until the history changes
	 * ({@link HistoryScope#key()}); the page is read every time.
	 */
	public History historyOf(HistoryScope scope) {
		Pageable pageable = Paging.page(scope.filter().page(), NEWEST_FIRST);
		List<FeedbackEntry> entries = this.lists.historyPage(scope.entries(), pageable);
		List<Person> authors = this.authors.get(scope.key().unfiltered(),
				(key) -> this.lists.authorsOf(scope.readable().entriesAbout(List.of(scope.subjectId()))));
		return new History(entries, pageable, authors);
	}

	/** See {@code GrowthService#written}: the same for the authors kept. */
	@EventListener
	void written(FeedbackWritten written) {
		this.authors.asMap().keySet().removeIf((key) -> key.subjectId() == written.subjectId());
	}

	/**
	 * The subject's open commitments that the viewer may read, to show while the viewer
	 * writes feedback about them.
	 */
	public List<FeedbackEntry> openCommitmentsFor(long viewerId, Writing writing) {
		long subjectId = writing.subject().getId();
		ReadableFeedback readable = ReadableFeedback.of(viewerId, subjectId, writing.standing());
		return this.lists.withOpenCommitment(readable.entriesAbout(List.of(subjectId)));
	}

	/**
	 * The commitments of several people at once, as the viewer may read them (for the
	 * people the viewer reads every shared entry about): open ones, and those marked done
	 * in the last {@value Commitment#RECENTLY_DONE_DAYS} days.
	 */
	public List<Commitment> commitmentsOf(ReadableFeedback readable) {
		if (readable.sharedAbout().isEmpty()) {
			return List.of();
		}
		return this.lists.commitments(readable.sharedAbout(),
				this.clock.instant().minus(java.time.Duration.ofDays(Commitment.RECENTLY_DONE_DAYS)));
	}

	/**
	 * The person's own commitments, with the entry each answers: open ones, and those
	 * they marked done lately.
	 */
	public List<Commitment> ownCommitments(long personId) {
		return commitmentsOf(ReadableFeedback.ofSelf(personId));
	}

	/**
	 * What the viewer's dashboard shows of the answers to feedback, in one query: the
	 * commitments of the people whose shared feedback they read (open, and those marked
	 * done in the last {@value Commitment#RECENTLY_DONE_DAYS} days), and the newest
	 * reflections of the last {@value #RECENT_REFLECTION_DAYS} days on feedback about
	 * those people or written by the viewer, newest first.
	 */
	public Answers answersFor(ReadableFeedback readable) {
		Instant now = this.clock.instant();
		FeedbackQueries.Answers answers = this.lists.answers(readable.viewerId(), readable.sharedAbout(),
				now.minus(java.time.Duration.ofDays(Commitment.RECENTLY_DONE_DAYS)),
				now.minus(java.time.Duration.ofDays(RECENT_REFLECTION_DAYS)));
		return new Answers(answers.commitments(), answers.reflections());
	}

	/**
	 * @param commitments open and lately done, newest reflection first
	 * @param reflections newest first
	 */
	public record Answers(List<Commitment> commitments, List<Reflection> reflections) {
	}

	/** The newest shared feedback about the person, as they read it. */
	public List<FeedbackEntry> newestAbout(long personId, int most) {
		return this.lists.newest(ReadableFeedback.ofSelf(personId).entriesAbout(List.of(personId)), most);
	}

	/** Shared feedback entries on the project, per skill id. */
	public Map<Long, Long> sharedEntriesPerSkillOn(long projectId) {
		Map<Long, Long> perSkill = new HashMap<>();
		this.entries.sharedEntriesPerSkillOn(projectId)
			.forEach((row) -> perSkill.put((Long) row[0], ((Number) row[1]).longValue()));
		return perSkill;
	}

	/** How much shared feedback the project got, and when its lead last got some. */
	public ProjectFeedback sharedFeedbackOn(long projectId, long leadId) {
		return this.entries.sharedFeedbackOn(projectId, leadId);
	}

	/** The sponsor's closing feedback to the lead, written since the project closed. */
	public Optional<Long> closingFeedback(long projectId, long sponsorId, long leadId, Instant closedAt) {
		return this.entries
			.closingFeedback(projectId, sponsorId, leadId, closedAt,
					org.springframework.data.domain.PageRequest.of(0, 1))
			.stream()
			.findFirst();
	}

	/**
	 * The author's average coach score per month since the day (entries with a score).
	 */
	public List<FeedbackRepository.MonthlyQuality> qualityByMonth(long authorId, LocalDate since) {
		return this.entries.qualityByMonth(authorId, since);
	}

	/**
	 * One page of a history and the authors it can be filtered by.
	 *
	 * @param entries the entries of the page
	 * @param pageable which page it is
	 * @param authors the authors of all entries the viewer may read about the person
	 */
	public record History(List<FeedbackEntry> entries, Pageable pageable, List<Person> authors) {

		/** The page, given how many entries the filtered history holds in all. */
		public Page<FeedbackEntry> page(long total) {
			return new PageImpl<>(this.entries, this.pageable, total);
		}

	}

}
