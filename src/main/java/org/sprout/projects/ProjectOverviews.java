package org.sprout.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.Cadence;
import org.sprout.people.Mentorship;
import org.sprout.people.Person;
import org.sprout.recognition.Recognition;
import org.sprout.recognition.RecognitionRepository;
import org.sprout.web.NotFoundException;

/**
 * What a project's page shows: the project, the feedback on its focus skills, its
 * cadence, the requests about it and the recognitions of its people, in a fixed number of
 * queries.
 */
@Service
@Transactional(readOnly = true)
public class ProjectOverviews {

	/** How many recognitions a project's page lists. */
	static final int RECOGNITIONS_SHOWN = 10;

	private final ProjectRepository projects;

	private final RecognitionRepository recognitions;

	private final Clock clock;

	ProjectOverviews(ProjectRepository projects, RecognitionRepository recognitions, Clock clock) {
		this.projects = projects;
		this.recognitions = recognitions;
		this.clock = clock;
	}

	/** A project's page: the project and what happened on it. */
	public ProjectOverview overview(long projectId) {
		Project project = this.projects.findForPage(projectId).orElseThrow(NotFoundException::new);
		LocalDate today = LocalDate.now(this.clock);
		long leadId = project.getLead().getId();
		Map<Long, Long> perSkill = new HashMap<>();
		this.projects.sharedEntriesPerSkill(projectId)
			.forEach((row) -> perSkill.put((Long) row[0], ((Number) row[1]).longValue()));
		ProjectFeedback feedback = this.projects.sharedFeedback(projectId, leadId);
		Map<String, Long> perStatus = new HashMap<>();
		this.projects.requestsPerStatus(projectId)
			.forEach((row) -> perStatus.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
		int cadenceDays = (project.getCadenceDays() != null) ? project.getCadenceDays()
				: Mentorship.DEFAULT_CADENCE_DAYS;
		LocalDate since = (project.getStartDate() != null) ? project.getStartDate() : today;
		long overdue = new Cadence(cadenceDays).daysOverdue(feedback.lastToLead(), since, today);
		List<Long> people = new ArrayList<>(project.getMembers().stream().map(Person::getId).toList());
		people.add(leadId);
		LocalDate end = (project.getEndDate() != null && project.getEndDate().isBefore(today)) ? project.getEndDate()
				: today;
		List<Recognition> recognised = (project.isPlanned()) ? List.of()
				: this.recognitions.toAnyBetween(people, since, end, PageRequest.of(0, RECOGNITIONS_SHOWN));
		Long closing = null;
		if (project.getClosedAt() != null) {
			closing = this.projects
				.closingFeedback(projectId, project.getSponsor().getId(), leadId, project.getClosedAt(),
						PageRequest.of(0, 1))
				.stream()
				.findFirst()
				.orElse(null);
		}
		return new ProjectOverview(project, perSkill, feedback.entries(), feedback.lastToLead(), cadenceDays, overdue,
				perStatus, recognised, closing);
	}

}
