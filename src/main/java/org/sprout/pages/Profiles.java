package org.sprout.pages;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.Commitment;
import org.sprout.feedback.FeedbackService;
import org.sprout.feedback.HistoryFilter;
import org.sprout.feedback.HistoryScope;
import org.sprout.growth.GrowthCharts;
import org.sprout.growth.GrowthService;
import org.sprout.people.Mentorship;
import org.sprout.people.People;
import org.sprout.people.Person;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectService;
import org.sprout.recognition.EmergenceScore;
import org.sprout.recognition.LeadersBoard;
import org.sprout.recognition.RecognitionService;
import org.sprout.security.AccessPolicy;
import org.sprout.ties.Standing;
import org.sprout.ties.Ties;

/**
 * What a profile shows to a viewer: the person, their reporting line and mentorships,
 * their projects; to the person themselves, their commitments; their feedback charts to
 * those who may open their history; their recognitions to everyone and their emergence
 * score to those who may see it.
 */
@Service
@Transactional(readOnly = true)
public class Profiles {

	private final People people;

	private final Ties ties;

	private final ProjectService projects;

	private final GrowthService growth;

	private final RecognitionService recognitions;

	private final LeadersBoard board;

	private final FeedbackService feedback;

	Profiles(People people, Ties ties, ProjectService projects, GrowthService growth, RecognitionService recognitions,
			LeadersBoard board, FeedbackService feedback) {
		this.feedback = feedback;
		this.people = people;
		this.ties = ties;
		this.projects = projects;
		this.growth = growth;
		this.recognitions = recognitions;
		this.board = board;
	}

	Profile of(long viewerId, boolean admin, long personId) {
		Person person = this.people.findWithReports(personId);
		Standing standing = this.ties.between(viewerId, personId);
		List<Person> reports = person.getReports();
		List<Project> around = this.projects.projectsAround(personId);
		// The charts mark the focus skills of the projects the person works on, not of
		// those they only sponsor.
		List<Project> projectsOfPerson = around.stream().filter((p) -> p.getSponsor().getId() != personId).toList();
		Optional<HistoryScope> history = HistoryScope.of(viewerId, person, standing, HistoryFilter.none());
		RecognitionService.Received received = this.recognitions.receivedBy(person, !reports.isEmpty());
		boolean self = viewerId == personId;
		boolean seesEmergence = AccessPolicy.canSeeEmergenceOf(viewerId, personId,
				!self && this.board.visibleTo(viewerId, admin, standing));
		People.Mentorships mentorships = this.people.currentMentorshipsOf(personId, this.ties.today());
		return new Profile(person, self ? this.feedback.ownCommitments(personId) : List.of(), reports,
				mentorships.mentors(), mentorships.mentees(), around,
				AccessPolicy.canGiveFeedback(standing) && person.isEnabled(),
				history.map((scope) -> this.growth.chartsOf(scope, projectsOfPerson)).orElse(null),
				AccessPolicy.canRecognise(viewerId, personId) && person.isEnabled(), received, seesEmergence,
				this.board.settings());
	}

	/**
	 * A profile as one viewer sees it.
	 *
	 * @param commitments the person's own commitments, when they look at their own
	 * profile; empty for everyone else
	 * @param charts the person's feedback charts, or null when the viewer may not open
	 * their history
	 */
	record Profile(Person person, List<Commitment> commitments, List<Person> reports, List<Mentorship> mentors,
			List<Mentorship> mentees, List<Project> projects, boolean canGiveFeedback, GrowthCharts charts,
			boolean canRecognise, RecognitionService.Received received, boolean seesEmergence,
			EmergenceScore.Settings emergenceSettings) {
	}

}
