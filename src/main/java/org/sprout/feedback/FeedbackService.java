package org.sprout.feedback;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
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

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("observedOn"), Sort.Order.desc("id"));

	private final FeedbackRepository entries;

	private final PersonRepository people;

	private final ProjectRepository projects;

	private final SkillRepository skills;

	private final Relations relations;

	FeedbackService(FeedbackRepository entries, PersonRepository people, ProjectRepository projects,
			SkillRepository skills, Relations relations) {
		this.entries = entries;
		this.people = people;
		this.projects = projects;
		this.skills = skills;
		this.relations = relations;
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
		return subject;
	}

	/**
	 * Saves a new entry, or records on {@code errors} why the ids in the form cannot be
	 * used and returns empty.
	 */
	@Transactional
	public Optional<FeedbackEntry> create(long authorId, FeedbackForm form, Errors errors) {
		Person subject = subjectFor(authorId, form.getAbout());
		Project project = resolveProject(subject, form.getProjectId(), errors);
		Set<Skill> chosen = resolveSkills(form.getSkillIds(), errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		FeedbackEntry entry = new FeedbackEntry(this.people.getReferenceById(authorId), subject);
		entry.setProject(project);
		entry.setSkills(chosen);
		entry.setObservedOn(form.getObservedOn());
		entry.setKind(form.getKind());
		entry.setVisibility(form.getVisibility());
		entry.setSituation(form.getSituation().strip());
		entry.setBehaviour(form.getBehaviour().strip());
		entry.setImpact(form.getImpact().strip());
		entry.setNextStep(form.getNextStep().strip());
		return Optional.of(this.entries.save(entry));
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

	private Set<Skill> resolveSkills(List<Long> skillIds, Errors errors) {
		Set<Long> wanted = new HashSet<>(skillIds);
		List<Skill> found = this.skills.findByRetiredFalseOrderByPositionAsc()
			.stream()
			.filter((skill) -> wanted.contains(skill.getId()))
			.toList();
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
