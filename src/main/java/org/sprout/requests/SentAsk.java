package org.sprout.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sprout.projects.Project;
import org.sprout.skills.Skill;

/**
 * What the requester asked in one form: the same question to one or several people, one
 * request each, and who of them answered, declined or not yet.
 *
 * @param requests the requests asked together, in the order they were made
 */
public record SentAsk(List<FeedbackRequest> requests) {

	private FeedbackRequest first() {
		return this.requests.get(0);
	}

	public String question() {
		return first().getQuestion();
	}

	public Instant createdAt() {
		return first().getCreatedAt();
	}

	public LocalDate dueOn() {
		return first().getDueOn();
	}

	public Project project() {
		return first().getProject();
	}

	public Set<Skill> skills() {
		return first().getSkills();
	}

	public int asked() {
		return this.requests.size();
	}

	public long answered() {
		return this.requests.stream().filter((r) -> r.getStatus() == RequestStatus.ANSWERED).count();
	}

	public long waiting() {
		return this.requests.stream().filter(FeedbackRequest::isOpen).count();
	}

}
