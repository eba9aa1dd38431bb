package org.sprout.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.security.Relation;
import org.sprout.security.Relations;
import org.sprout.security.SproutUser;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.web.ForbiddenException;
import org.sprout.web.NotFoundException;

@Service
@Transactional(readOnly = true)
public class ProjectService {

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final SkillRepository skills;

	private final Relations relations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProjectService(ProjectRepository projects, PersonRepository people, SkillRepository skills, Relations relations,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.projects = projects;
		this.people = people;
		this.skills = skills;
		this.relations = relations;
		this.clock = clock;
	}

	/** Whether the viewer sees how much feedback the project's lead got on it. */
	public boolean seesFeedback(SproutUser user, Project project) {
		long viewer = user.getPersonId();
		long lead = project.getLead().getId();
		long sponsor = project.getSponsor().getId();
		Relation toLead = (viewer == lead || viewer == sponsor) ? Relation.NONE : this.relations.between(viewer, lead);
		return AccessPolicy.canSeeProjectFeedback(viewer, lead, sponsor, toLead);
	}

	/** Whether the viewer may move the project along: its sponsor or its lead. */
	public static boolean canSteer(SproutUser user, Project project) {
		return AccessPolicy.canSteerProject(user.getPersonId(), project.getLead().getId(),
				project.getSponsor().getId());
	}

	/**
	 * Starts a PLANNED project under its safe-space agreement; records on {@code errors}
	 * why it cannot start.
	 */
	@Transactional
	public boolean activate(SproutUser user, long projectId, ActivationForm form, Errors errors) {
		Project project = steerable(user, projectId);
		String safeSpace = blankToNull(form.getSafeSpace());
		switch (ProjectLifecycle.move(project.getStatus(), ProjectStatus.ACTIVE, safeSpace != null)) {
			case NEEDS_SAFE_SPACE -> errors.rejectValue("safeSpace", "project.safeSpace.required");
			case NOT_FROM_HERE -> errors.reject("project.activate.notPlanned");
			case OK -> project.activate(safeSpace, form.getCadenceDays(), LocalDate.now(this.clock));
		}
		return !errors.hasErrors();
	}

	/** Finishes an ACTIVE project and returns it; empty when it is not active. */
	@Transactional
	public Optional<Project> close(SproutUser user, long projectId) {
		Project project = steerable(user, projectId);
		if (ProjectLifecycle.move(project.getStatus(), ProjectStatus.DONE,
				project.getSafeSpace() != null) != ProjectLifecycle.Verdict.OK) {
			return Optional.empty();
		}
		project.close(LocalDate.now(this.clock), this.clock.instant());
		this.events.publishEvent(new ProjectClosed(project.getId(), user.getPersonId()));
		return Optional.of(project);
	}

	/** Saves the lead's retrospective of a finished project. */
	@Transactional
	public void writeRetrospective(SproutUser user, long projectId, RetrospectiveForm form) {
		Project project = retrospectiveOf(user, projectId);
		project.setRetrospective(form.getRetrospective().strip());
	}

	/** The project whose retrospective the viewer may write; 403 otherwise. */
	public Project retrospectiveOf(SproutUser user, long projectId) {
		Project project = this.projects.findForPage(projectId).orElseThrow(NotFoundException::new);
		if (!AccessPolicy.canWriteRetrospective(user.getPersonId(), project.getLead().getId())) {
			throw new ForbiddenException("project.retrospective.notAllowed");
		}
		if (!ProjectLifecycle.takesRetrospective(project.getStatus())) {
			throw new ForbiddenException("project.retrospective.notDone");
		}
		return project;
	}

	private Project steerable(SproutUser user, long projectId) {
		Project project = this.projects.findForPage(projectId).orElseThrow(NotFoundException::new);
		if (!canSteer(user, project)) {
			throw new ForbiddenException("project.steer.notAllowed");
		}
		return project;
	}

	public boolean canCreate(SproutUser user) {
		return AccessPolicy.canCreateProject(user.isAdmin(), this.relations.growsSomeone(user.getPersonId()));
	}

	public void checkCanCreate(SproutUser user) {
		if (!canCreate(user)) {
			throw new ForbiddenException("project.create.notAllowed");
		}
	}

	/** Saves a new project, or records on {@code errors} which ids are unknown. */
	@Transactional
	public Optional<Project> create(SproutUser user, ProjectForm form, Errors errors) {
		checkCanCreate(user);
		Optional<Person> lead = this.people.findById(form.getLeadId());
		Optional<Person> sponsor = this.people.findById(form.getSponsorId());
		if (lead.isEmpty()) {
			errors.rejectValue("leadId", "project.person.unknown");
		}
		if (sponsor.isEmpty()) {
			errors.rejectValue("sponsorId", "project.person.unknown");
		}
		else if (lead.isPresent() && lead.get() == sponsor.get()) {
			// A sponsor backs someone else's growth: nobody sponsors themselves.
			errors.rejectValue("sponsorId", "project.sponsor.self");
		}
		List<Person> members = members(form, errors);
		List<Skill> focus = focusSkills(form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Project project = new Project(form.getName().strip(), lead.get(), sponsor.get());
		project.setGoal(form.getGoal().strip());
		project.setDescription(blankToNull(form.getDescription()));
		project.setSafeSpace(blankToNull(form.getSafeSpace()));
		project.setStartDate(form.getStartDate());
		project.setEndDate(form.getEndDate());
		project.setCadenceDays(form.getCadenceDays());
		project.getMembers().addAll(members);
		project.getMembers().remove(lead.get());
		project.getFocusSkills().addAll(focus);
		return Optional.of(this.projects.save(project));
	}

	/** The project its sponsor or lead may edit: not finished; 403 otherwise. */
	public Project editable(SproutUser user, long projectId) {
		Project project = steerable(user, projectId);
		if (project.isDone()) {
			throw new ForbiddenException("project.edit.done");
		}
		return project;
	}

	/**
	 * Saves an edit of a project by its sponsor or lead, or records on {@code errors} why
	 * not. The lead, the sponsor and the status stay; an active project keeps a safe
	 * space.
	 */
	@Transactional
	public boolean update(SproutUser user, long projectId, ProjectForm form, Errors errors) {
		Project project = editable(user, projectId);
		if (form.getVersion() == null || form.getVersion() != project.getVersion()) {
			errors.reject("project.conflict");
			return false;
		}
		List<Person> members = members(form, errors);
		List<Skill> focus = focusSkills(form, errors);
		String safeSpace = blankToNull(form.getSafeSpace());
		if (!project.isPlanned() && safeSpace == null) {
			errors.rejectValue("safeSpace", "project.safeSpace.stays");
		}
		if (errors.hasErrors()) {
			return false;
		}
		project.setName(form.getName().strip());
		project.setGoal(form.getGoal().strip());
		project.setDescription(blankToNull(form.getDescription()));
		project.setSafeSpace(safeSpace);
		project.setStartDate(form.getStartDate());
		project.setEndDate(form.getEndDate());
		project.setCadenceDays(form.getCadenceDays());
		project.getMembers().clear();
		project.getMembers().addAll(members);
		project.getMembers().remove(project.getLead());
		project.getFocusSkills().clear();
		project.getFocusSkills().addAll(focus);
		return true;
	}

	private List<Person> members(ProjectForm form, Errors errors) {
		List<Person> members = this.people.findAllById(form.getMemberIds());
		if (members.size() != new HashSet<>(form.getMemberIds()).size()) {
			errors.rejectValue("memberIds", "project.person.unknown");
		}
		return members;
	}

	private List<Skill> focusSkills(ProjectForm form, Errors errors) {
		Set<Long> wanted = new HashSet<>(form.getFocusSkillIds());
		List<Skill> focus = this.skills.findByRetiredFalseOrderByPositionAsc()
			.stream()
			.filter((skill) -> wanted.contains(skill.getId()))
			.toList();
		if (focus.size() != wanted.size()) {
			errors.rejectValue("focusSkillIds", "feedback.skills.unknown");
		}
		return focus;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
