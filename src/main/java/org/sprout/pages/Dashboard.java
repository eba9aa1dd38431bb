package org.sprout.pages;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.Commitment;
import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackService;
import org.sprout.feedback.Growing;
import org.sprout.feedback.GrowingRow;
import org.sprout.feedback.ReadableFeedback;
import org.sprout.feedback.Reflection;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectService;
import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.RequestService;
import org.sprout.requests.OpenRequest;
import org.sprout.ties.Standing;

/**
 * What the home page shows: the people the viewer grows, most overdue first, with their
 * commitments and the open requests between them; reflections; the viewer's own recent
 * feedback, commitments, requests and projects. Everything about other people reads
 * through the access policy: commitments and reflections only where the viewer reads the
 * person's shared feedback. A fixed handful of queries, however many people.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	static final int RECENT = 5;

	private final Growing growing;

	private final FeedbackService feedback;

	private final RequestService requests;

	private final ProjectService projects;

	Dashboard(Growing growing, FeedbackService feedback, RequestService requests, ProjectService projects) {
		this.growing = growing;
		this.feedback = feedback;
		this.requests = requests;
		this.projects = projects;
	}

	/** The home page of the viewer. */
	Home of(long viewerId) {
		List<GrowingRow> grown = this.growing.of(viewerId);
		Map<Long, Standing> standings = new HashMap<>();
		grown.forEach((row) -> standings.put(row.personId(), row.standing()));
		// The commitments of the people the viewer grows and their own, and the
		// reflections the viewer may read, in one query.
		standings.put(viewerId, Standing.SELF);
		FeedbackService.Answers answers = this.feedback.answersFor(ReadableFeedback.of(viewerId, standings));
		Map<Boolean, List<Commitment>> commitments = answers.commitments()
			.stream()
			.collect(Collectors.partitioningBy((commitment) -> commitment.subjectId() == viewerId));
		List<Reflection> reflections = answers.reflections()
			.stream()
			.filter((reflection) -> reflection.subjectId() != viewerId)
			.limit(RECENT)
			.toList();
		// The open requests to or from the viewer, in one query.
		List<FeedbackRequest> open = this.requests.openInvolving(viewerId);
		return new Home(grown, detailsOf(viewerId, grown, commitments.get(false), open), reflections,
				open.stream().filter((request) -> request.getRecipient().getId() == viewerId).toList(),
				this.feedback.newestAbout(viewerId, RECENT), this.projects.leading(viewerId), commitments.get(true));
	}

	/**
	 * The commitments of the people the viewer grows (those whose shared feedback the
	 * viewer reads), open and lately done, and the open requests between the viewer and
	 * them.
	 */
	private static GrowingDetails detailsOf(long viewerId, List<GrowingRow> grown, List<Commitment> commitments,
			List<FeedbackRequest> open) {
		if (grown.isEmpty()) {
			return GrowingDetails.NONE;
		}
		Set<Long> grownIds = grown.stream().map(GrowingRow::personId).collect(Collectors.toSet());
		List<OpenRequest> between = open.stream()
			.map((r) -> new OpenRequest(r.getId(), r.getRequester().getId(), r.getRecipient().getId()))
			.filter((r) -> grownIds.contains((r.requesterId() == viewerId) ? r.recipientId() : r.requesterId()))
			.toList();
		return new GrowingDetails(
				commitments.stream()
					.collect(Collectors.groupingBy(Commitment::subjectId, LinkedHashMap::new, Collectors.toList())),
				between.stream()
					.filter((r) -> r.recipientId() == viewerId)
					.collect(Collectors.groupingBy(OpenRequest::requesterId)),
				between.stream()
					.filter((r) -> r.requesterId() == viewerId)
					.collect(Collectors.groupingBy(OpenRequest::recipientId)));
	}

	/**
	 * The home page.
	 *
	 * @param growing the people the viewer grows, most overdue first
	 * @param details their commitments and the requests between them and the viewer
	 * @param reflections the newest reflections the viewer may read
	 * @param openRequests requests to the viewer still open
	 * @param recent the newest shared feedback about the viewer
	 * @param leading the projects the viewer leads that are not over
	 * @param commitments the viewer's own commitments: open, and lately done
	 */
	record Home(List<GrowingRow> growing, GrowingDetails details, List<Reflection> reflections,
			List<FeedbackRequest> openRequests, List<FeedbackEntry> recent, List<Project> leading,
			List<Commitment> commitments) {
	}

}
