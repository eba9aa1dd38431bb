package org.sprout.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.Cadence;
import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.FeedbackService;
import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.security.Relation;

/**
 * What the home page shows: the people the viewer grows, most overdue first, and the
 * viewer's own recent feedback. A fixed handful of queries, however many people.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	static final int RECENT = 5;

	private final PersonRepository people;

	private final MentorshipRepository mentorships;

	private final FeedbackRepository feedback;

	private final FeedbackRequestRepository requests;

	private final ProjectRepository projects;

	Dashboard(PersonRepository people, MentorshipRepository mentorships, FeedbackRepository feedback,
			FeedbackRequestRepository requests, ProjectRepository projects) {
		this.projects = projects;
		this.people = people;
		this.mentorships = mentorships;
		this.feedback = feedback;
		this.requests = requests;
	}

	/**
	 * The people the viewer manages or mentors, most overdue first. Also what the overdue
	 * notifications and the weekly digest count as overdue.
	 */
	public List<GrowingRow> peopleGrownBy(long viewerId, LocalDate today) {
		return peopleGrownBy(viewerId, today, projectsOf(viewerId));
	}

	/**
	 * The projects the viewer's dashboard shows: sponsored and active, or led and open.
	 */
	public List<Project> projectsOf(long viewerId) {
		return this.projects.onDashboardOf(viewerId);
	}

	/** The people the viewer grows, given the projects of {@link #projectsOf}. */
	public List<GrowingRow> peopleGrownBy(long viewerId, LocalDate today, List<Project> projectsOfViewer) {
		Map<Long, Person> persons = new LinkedHashMap<>();
		Map<Long, String> why = new LinkedHashMap<>();
		Map<Long, Cadence> cadence = new LinkedHashMap<>();
		Map<Long, LocalDate> since = new LinkedHashMap<>();
		Map<Long, Relation> relation = new LinkedHashMap<>();
		for (Person report : this.people.findByManagerIdOrderByDisplayName(viewerId)) {
			persons.put(report.getId(), report);
			why.put(report.getId(), "dashboard.why.report");
			cadence.put(report.getId(), new Cadence(Mentorship.DEFAULT_CADENCE_DAYS));
			since.put(report.getId(), report.getCreatedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate());
			relation.put(report.getId(), Relation.ofManager());
		}
		for (Mentorship mentorship : this.mentorships.currentMenteesOf(viewerId, today)) {
			Person mentee = mentorship.getMentee();
			persons.put(mentee.getId(), mentee);
			why.merge(mentee.getId(), "dashboard.why.mentee", (a, b) -> "dashboard.why.both");
			cadence.put(mentee.getId(), new Cadence(mentorship.getCadenceDays()));
			since.put(mentee.getId(), mentorship.getSince());
			relation.merge(mentee.getId(), Relation.ofMentor(),
					(asManager, asMentor) -> new Relation(false, true, true, false, false));
		}
		// A project sets its own cadence for its lead while it is ACTIVE; the stricter
		// one
		// applies when the lead is also a report or mentee.
		for (Project project : projectsOfViewer) {
			if (!project.isActive() || project.getSponsor().getId() != viewerId) {
				continue;
			}
			Person lead = project.getLead();
			Cadence agreed = new Cadence(
					(project.getCadenceDays() != null) ? project.getCadenceDays() : Mentorship.DEFAULT_CADENCE_DAYS);
			LocalDate started = (project.getStartDate() != null) ? project.getStartDate() : today;
			persons.putIfAbsent(lead.getId(), lead);
			why.putIfAbsent(lead.getId(), "dashboard.why.sponsor");
			cadence.merge(lead.getId(), agreed, (a, b) -> (a.days() <= b.days()) ? a : b);
			since.merge(lead.getId(), started, (a, b) -> a.isBefore(b) ? a : b);
			relation.merge(lead.getId(), new Relation(false, false, false, true, false),
					(known, asSponsor) -> new Relation(false, known.manager(), known.mentor(), true, false));
		}
		if (persons.isEmpty()) {
			return List.of();
		}
		Map<Long, LocalDate> last = this.feedback.lastSharedFeedbackBy(viewerId, List.copyOf(persons.keySet()))
			.stream()
			.collect(Collectors.toMap(FeedbackRepository.LastFeedback::getSubjectId,
					FeedbackRepository.LastFeedback::getLastOn));
		return persons.values()
			.stream()
			.map((p) -> new GrowingRow(p, why.get(p.getId()), relation.get(p.getId()), last.get(p.getId()),
					cadence.get(p.getId()).daysOverdue(last.get(p.getId()), since.get(p.getId()), today)))
			.sorted(Comparator.comparingLong(GrowingRow::daysOverdue).reversed())
			.toList();
	}

	/**
	 * The open commitments of the people the viewer grows, and the open requests between
	 * the viewer and them, in two queries for all rows. Commitments are on shared
	 * feedback, which the access policy lets their managers and mentors read.
	 */
	GrowingDetails detailsOf(long viewerId, List<GrowingRow> growing) {
		if (growing.isEmpty()) {
			return GrowingDetails.NONE;
		}
		List<Long> ids = growing.stream()
			.filter((row) -> AccessPolicy.readsSharedFeedbackAbout(row.relation()))
			.map((row) -> row.person().getId())
			.toList();
		if (ids.isEmpty()) {
			return GrowingDetails.NONE;
		}
		Map<Long, List<FeedbackRepository.OpenCommitment>> commitments = this.feedback.openCommitmentsOf(ids)
			.stream()
			.collect(Collectors.groupingBy(FeedbackRepository.OpenCommitment::getSubjectId, LinkedHashMap::new,
					Collectors.toList()));
		List<FeedbackRequestRepository.OpenRequest> open = this.requests.openBetween(viewerId, ids);
		return new GrowingDetails(commitments,
				open.stream()
					.filter((r) -> r.getRecipientId() == viewerId)
					.collect(Collectors.groupingBy(FeedbackRequestRepository.OpenRequest::getRequesterId)),
				open.stream()
					.filter((r) -> r.getRequesterId() == viewerId)
					.collect(Collectors.groupingBy(FeedbackRequestRepository.OpenRequest::getRecipientId)));
	}

	/** The viewer's own feedback quality per month, for the last twelve months. */
	QualityTrend qualityTrendOf(long viewerId, LocalDate today) {
		return QualityTrend.of(this.feedback.qualityByMonth(viewerId, QualityTrend.since(today)), today);
	}

	/**
	 * Reflections on the viewer's feedback, or on shared feedback about people whose
	 * shared feedback the viewer reads (a sponsor alone does not).
	 */
	List<FeedbackEntry> recentReflections(long viewerId, List<GrowingRow> growing) {
		List<Long> grown = growing.stream()
			.filter((row) -> AccessPolicy.readsSharedFeedbackAbout(row.relation()))
			.map((row) -> row.person().getId())
			.toList();
		return this.feedback.recentReflectionsFor(viewerId, grown.isEmpty() ? List.of(-1L) : grown,
				PageRequest.of(0, RECENT));
	}

	List<FeedbackRequest> openRequestsTo(long personId) {
		List<FeedbackRequest> open = this.requests.openFor(personId);
		open.forEach((request) -> Hibernate.initialize(request.getSkills()));
		return open;
	}

	List<FeedbackEntry> recentFeedbackAbout(long personId) {
		List<FeedbackEntry> recent = this.feedback.recentSharedAbout(personId, PageRequest.of(0, RECENT));
		FeedbackService.loadSkills(recent);
		return recent;
	}

}
