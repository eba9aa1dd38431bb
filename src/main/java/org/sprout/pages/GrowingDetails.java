package org.sprout.pages;

import java.util.List;
import java.util.Map;

import org.sprout.feedback.Commitment;
import org.sprout.requests.OpenRequest;

/**
 * What else the dashboard shows beside each person the viewer grows: their open
 * commitments and those they marked done lately, and the open requests between the viewer
 * and them. Read for all rows at once.
 *
 * @param commitments by person id, open and lately done, the newest first
 * @param askedViewer by person id, their open requests to the viewer
 * @param askedByViewer by person id, the viewer's open requests to them
 */
public record GrowingDetails(Map<Long, List<Commitment>> commitments, Map<Long, List<OpenRequest>> askedViewer,
		Map<Long, List<OpenRequest>> askedByViewer) {

	static final GrowingDetails NONE = new GrowingDetails(Map.of(), Map.of(), Map.of());

	/** How many of a person's open commitments the dashboard lists under them. */
	public static final int SHOWN = 3;

	/** The person's open commitments. */
	public List<Commitment> commitmentsOf(long personId) {
		return this.commitments.getOrDefault(personId, List.of()).stream().filter(Commitment::isOpen).toList();
	}

	/**
	 * The newest {@value #SHOWN} of the person's open commitments: what the dashboard
	 * lists under them; the rest are in their history.
	 */
	public List<Commitment> newestCommitmentsOf(long personId) {
		return commitmentsOf(personId).stream().limit(SHOWN).toList();
	}

	/** How many of the person's open commitments the dashboard does not list. */
	public int moreCommitmentsOf(long personId) {
		return Math.max(0, commitmentsOf(personId).size() - SHOWN);
	}

	/** The commitments the person marked done lately, with their notes. */
	public List<Commitment> doneBy(long personId) {
		return this.commitments.getOrDefault(personId, List.of()).stream().filter(Commitment::isDone).toList();
	}

	public List<OpenRequest> requestsFrom(long personId) {
		return this.askedViewer.getOrDefault(personId, List.of());
	}

	public List<OpenRequest> requestsTo(long personId) {
		return this.askedByViewer.getOrDefault(personId, List.of());
	}

}
