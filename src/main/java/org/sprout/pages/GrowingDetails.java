package org.sprout.pages;

import java.util.List;
import java.util.Map;

import org.sprout.feedback.OpenCommitment;
import org.sprout.requests.OpenRequest;

/**
 * What else the dashboard shows beside each person the viewer grows: their open
 * commitments, and the open requests between the viewer and them. Read for all rows at
 * once.
 *
 * @param commitments by person id, the newest first
 * @param askedViewer by person id, their open requests to the viewer
 * @param askedByViewer by person id, the viewer's open requests to them
 */
public record GrowingDetails(Map<Long, List<OpenCommitment>> commitments, Map<Long, List<OpenRequest>> askedViewer,
		Map<Long, List<OpenRequest>> askedByViewer) {

	static final GrowingDetails NONE = new GrowingDetails(Map.of(), Map.of(), Map.of());

	public List<OpenCommitment> commitmentsOf(long personId) {
		return this.commitments.getOrDefault(personId, List.of());
	}

	public List<OpenRequest> requestsFrom(long personId) {
		return this.askedViewer.getOrDefault(personId, List.of());
	}

	public List<OpenRequest> requestsTo(long personId) {
		return this.askedByViewer.getOrDefault(personId, List.of());
	}

}
