package org.sprout.projects;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.security.Relations;
import org.sprout.security.SproutUser;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.web.ForbiddenException;

@Service
@Transactional(readOnly = true)
public class ProjectService {

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final SkillRepository skills;

	private final Relations relations;

	ProjectService(ProjectRepository projects, PersonRepository people, SkillRepository skills, Relations relations) {
		this.projects = projects;
		this.people = people;
		this.skills = skills;
		this.relations = relations;
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
		List<Person> members = this.people.findAllById(form.getMemberIds());
		if (members.size() != new HashSet<>(form.getMemberIds()).size()) {
			errors.rejectValue("memberIds", "project.person.unknown");
		}
		Set<Long> wanted = new HashSet<>(form.getFocusSkillIds());
		List<Skill> focus = this.skills.findByRetiredFalseOrderByPositionAsc()
			.stream()
			.filter((skill) -> wanted.contains(skill.getId()))
			.toList();
		if (focus.size() != wanted.size()) {
			errors.rejectValue("focusSkillIds", "feedback.skills.unknown");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Project project = new Project(form.getName().strip(), lead.get(), sponsor.get());
		project.setGoal(form.getGoal().strip());
		project.setDescription(blankToNull(form.getDescription()));
		project.setSafeSpace(blankToNull(form.getSafeSpace()));
		project.setStartDate(form.getStartDate());
		project.setEndDate(form.getEndDate());
		project.getMembers().addAll(members);
		project.getMembers().remove(lead.get());
		project.getFocusSkills().addAll(focus);
		return Optional.of(this.projects.save(project));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
