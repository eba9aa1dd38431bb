package org.sprout.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.FeedbackService;
import org.sprout.feedback.ProjectFeedback;
import org.sprout.people.Person;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectService;
import org.sprout.recognition.Recognition;
import org.sprout.recognition.RecognitionService;
import org.sprout.requests.RequestService;
import org.sprout.ties.Cadence;
import org.sprout.ties.Ties;

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

	private final ProjectService projects;

	private final FeedbackService feedback;

	private final RequestService requests;

	private final RecognitionService recognitions;

	private final Ties ties;

	ProjectOverviews(ProjectService projects, FeedbackService feedback, RequestService requests,
			RecognitionService recognitions, Ties ties) {
		this.projects = projects;
		this.feedback = feedback;
		this.requests = requests;
		this.recognitions = recognitions;
		this.ties = ties;
	}

	/** A project's page: the project and what happened on it. */
	public ProjectOverview overview(long projectId) {
		Project project = this.projects.find(projectId);
		LocalDate today = this.ties.today();
		long leadId = project.getLead().getId();
		Map<Long, Long> perSkill = this.feedback.sharedEntriesPerSkillOn(projectId);
		ProjectFeedback shared = this.feedback.sharedFeedbackOn(projectId, leadId);
		Cadence cadence = Cadence.orDefault(project.getCadenceDays());
		LocalDate since = (project.getStartDate() != null) ? project.getStartDate() : today;
		long overdue = cadence.daysOverdue(shared.lastToLead(), since, today);
		List<Long> people = new ArrayList<>(project.getMembers().stream().map(Person::getId).toList());
		people.add(leadId);
		LocalDate end = (project.getEndDate() != null && project.getEndDate().isBefore(today)) ? project.getEndDate()
				: today;
		List<Recognition> recognised = (project.isPlanned()) ? List.of()
				: this.recognitions.toAnyBetween(people, since, end, RECOGNITIONS_SHOWN);
		Long closing = (project.getClosedAt() == null) ? null
				: this.feedback.closingFeedback(projectId, project.getSponsor().getId(), leadId, project.getClosedAt())
					.orElse(null);
		return new ProjectOverview(project, perSkill, shared.entries(), shared.lastToLead(), cadence.days(), overdue,
				this.requests.perStatusOn(projectId), recognised, closing);
	}

}
