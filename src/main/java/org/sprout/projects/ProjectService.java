package org.sprout.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillFramework;
import org.sprout.ties.Standing;
import org.sprout.ties.Ties;
import org.sprout.web.EditConflict;
import org.sprout.web.ForbiddenException;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;
import org.sprout.web.Problems;
import org.sprout.web.Text;

/**
 * Stretch projects from PLANNED to ACTIVE to DONE: creating and editing them, moving them
 * along, the lead's retrospective. Each step is checked against the access policy.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final SkillFramework skills;

	private final Ties ties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProjectService(ProjectRepository projects, PersonRepository people, SkillFramework skills, Ties ties, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.projects = projects;
		this.people = people;
		this.skills = skills;
		this.ties = ties;
		this.clock = clock;
	}

	/** A page of all projects: planned and active first, newest first. */
	public Page<Project> list(Integer page) {
		Sort sort = Sort.by(Sort.Order.asc("status"), Sort.Order.desc("startDate"), Sort.Order.asc("id"));
		return this.projects.list(Paging.page(page, sort));
	}

	/** The projects the person leads or is a member of, newest first. */
	public List<Project> projectsOf(long personId) {
		return this.projects.projectsOf(personId);
	}

	/** The projects the person leads or is a member of, with their focus skills. */
	public List<Project> projectsWithFocusSkillsOf(long personId) {
		return this.projects.projectsWithFocusSkillsOf(personId);
	}

	/** The projects a person leads, sponsors or is a member of, newest first. */
	public List<Project> projectsAround(long personId) {
		return this.projects.projectsAround(personId);
	}

	/**
	 * The projects the person leads that are not over: running, or awaiting a
	 * retrospective.
	 */
	public List<Project> leading(long personId) {
		return this.projects.ledAndNotOver(personId);
	}

	/** A project with its people and focus skills, or 404. */
	public Project find(long projectId) {
		return this.projects.findForPage(projectId).orElseThrow(NotFoundException::new);
	}

	/** Whether the viewer sees how much feedback the project's lead got on it. */
	public boolean seesFeedback(long viewerId, Project project) {
		long lead = project.getLead().getId();
		long sponsor = project.getSponsor().getId();
		Standing toLead = (viewerId == lead || viewerId == sponsor) ? Standing.NONE : this.ties.between(viewerId, lead);
		return AccessPolicy.canSeeProjectFeedback(viewerId, lead, sponsor, toLead);
	}

	/** Whether the viewer may move the project along: its sponsor or its lead. */
	public static boolean canSteer(long viewerId, Project project) {
		return AccessPolicy.canSteerProject(viewerId, project.getLead().getId(), project.getSponsor().getId());
	}

	/** Starts a PLANNED project under its safe-space agreement, or refuses why not. */
	@Transactional
	public Project activate(long viewerId, long projectId, ActivationForm form) {
		Project project = steerable(viewerId, projectId);
		String safeSpace = Text.blankToNull(form.getSafeSpace());
		switch (ProjectLifecycle.move(project.getStatus(), ProjectStatus.ACTIVE, safeSpace != null)) {
			case NEEDS_SAFE_SPACE -> throw Problems.of("safeSpace", "project.safeSpace.required");
			case NOT_FROM_HERE -> throw Problems.of(null, "project.activate.notPlanned");
			case OK -> project.activate(safeSpace, form.getCadenceDays(), LocalDate.now(this.clock));
		}
		historiesChanged(project);
		return project;
	}

	/** Finishes an ACTIVE project and returns it; empty when it is not active. */
	@Transactional
	public Optional<Project> close(long viewerId, long projectId) {
		Project project = steerable(viewerId, projectId);
		if (ProjectLifecycle.move(project.getStatus(), ProjectStatus.DONE,
				project.getSafeSpace() != null) != ProjectLifecycle.Verdict.OK) {
			return Optional.empty();
		}
		project.close(LocalDate.now(this.clock), this.clock.instant());
		historiesChanged(project);
		this.events.publishEvent(new ProjectClosed(project.getId(), viewerId));
		return Optional.of(project);
	}

	/** Saves the lead's retrospective of a finished project. */
	@Transactional
	public void writeRetrospective(long viewerId, long projectId, RetrospectiveForm form) {
		Project project = retrospectiveOf(viewerId, projectId);
		project.writeRetrospective(form.getRetrospective().strip());
		this.events.publishEvent(new RetrospectiveWritten(project.getId(), viewerId));
	}

	/** The project whose retrospective the viewer may write; 403 otherwise. */
	public Project retrospectiveOf(long viewerId, long projectId) {
		Project project = find(projectId);
		if (!AccessPolicy.canWriteRetrospective(viewerId, project.getLead().getId())) {
			throw new ForbiddenException("project.retrospective.notAllowed");
		}
		if (!ProjectLifecycle.takesRetrospective(project.getStatus())) {
			throw new ForbiddenException("project.retrospective.notDone");
		}
		return project;
	}

	private Project steerable(long viewerId, long projectId) {
		Project project = find(projectId);
		if (!canSteer(viewerId, project)) {
			throw new ForbiddenException("project.steer.notAllowed");
		}
		return project;
	}

	/** Whether the viewer may start projects: admins, managers and mentors. */
	public boolean canCreate(long viewerId, boolean admin) {
		return AccessPolicy.canCreateProject(admin, this.ties.growsSomeone(viewerId));
	}

	public void checkCanCreate(long viewerId, boolean admin) {
		if (!canCreate(viewerId, admin)) {
			throw new ForbiddenException("project.create.notAllowed");
		}
	}

	/** Saves a new project, or refuses it with the ids that are unknown. */
	@Transactional
	public Project create(long viewerId, boolean admin, ProjectForm form) {
		checkCanCreate(viewerId, admin);
		Problems problems = new Problems();
		Optional<Person> lead = this.people.findById(form.getLeadId());
		Optional<Person> sponsor = this.people.findById(form.getSponsorId());
		if (lead.isEmpty()) {
			problems.add("leadId", "project.person.unknown");
		}
		if (sponsor.isEmpty()) {
			problems.add("sponsorId", "project.person.unknown");
		}
		else if (lead.isPresent() && lead.get() == sponsor.get()) {
			// A sponsor backs someone else's growth: nobody sponsors themselves.
			problems.add("sponsorId", "project.sponsor.self");
		}
		List<Person> members = members(form, problems);
		List<Skill> focus = focusSkills(form, problems);
		problems.throwIfAny();
		Project project = new Project(form.getName().strip(), lead.get(), sponsor.get());
		copy(form, project, Text.blankToNull(form.getSafeSpace()), members, focus);
		return this.projects.save(project);
	}

	/** The project its sponsor or lead may edit: not finished; 403 otherwise. */
	public Project editable(long viewerId, long projectId) {
		Project project = steerable(viewerId, projectId);
		if (project.isDone()) {
			throw new ForbiddenException("project.edit.done");
		}
		return project;
	}

	/**
	 * Saves an edit of a project by its sponsor or lead, or refuses why not. The lead,
	 * the sponsor and the status stay; an active project keeps a safe space.
	 */
	@Transactional
	public Project update(long viewerId, long projectId, ProjectForm form) {
		Project project = editable(viewerId, projectId);
		EditConflict.check(form.getVersion(), project.getVersion());
		Problems problems = new Problems();
		List<Person> members = members(form, problems);
		List<Skill> focus = focusSkills(form, problems);
		String safeSpace = Text.blankToNull(form.getSafeSpace());
		if (!project.isPlanned() && safeSpace == null) {
			problems.add("safeSpace", "project.safeSpace.stays");
		}
		problems.throwIfAny();
		historiesChanged(project);
		project.setName(form.getName().strip());
		copy(form, project, safeSpace, members, focus);
		EditConflict.flushing(this.projects::flush);
		historiesChanged(project);
		return project;
	}

	/**
	 * The histories of the project's lead and members show its name, dates and status
	 * beside their feedback on it (see {@link PersonRepository#historyChanged}).
	 */
	private void historiesChanged(Project project) {
		Set<Long> people = new HashSet<>();
		people.add(project.getLead().getId());
		project.getMembers().forEach((member) -> people.add(member.getId()));
		this.people.historyChanged(people);
	}

	private static void copy(ProjectForm form, Project project, String safeSpace, List<Person> members,
			List<Skill> focus) {
		project.setGoal(form.getGoal().strip());
		project.setDescription(Text.blankToNull(form.getDescription()));
		project.setSafeSpace(safeSpace);
		project.setStartDate(form.getStartDate());
		project.setEndDate(form.getEndDate());
		project.setCadenceDays(form.getCadenceDays());
		project.getMembers().clear();
		project.getMembers().addAll(members);
		project.getMembers().remove(project.getLead());
		project.getFocusSkills().clear();
		project.getFocusSkills().addAll(focus);
	}

	private List<Person> members(ProjectForm form, Problems problems) {
		List<Person> members = this.people.findAllById(form.getMemberIds());
		if (members.size() != new HashSet<>(form.getMemberIds()).size()) {
			problems.add("memberIds", "project.person.unknown");
		}
		return members;
	}

	private List<Skill> focusSkills(ProjectForm form, Problems problems) {
		return this.skills.offeredWithIds(form.getFocusSkillIds()).orElseGet(() -> {
			problems.add("focusSkillIds", "feedback.skills.unknown");
			return List.of();
		});
	}

}
