package org.sprout.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sprout.projects.Project;
import org.sprout.recognition.Recognition;
import org.sprout.skills.Skill;

/**
 * Everything a project's page shows, gathered in a fixed handful of queries.
 *
 * @param project the project with lead, sponsor, members and focus skills
 * @param entriesBySkill shared feedback entries on the project, per skill id
 * @param sharedEntries all shared feedback entries on the project
 * @param lastToLead the day of the last shared feedback to the lead on the project
 * @param cadenceDays the agreed days between two pieces of feedback to the lead
 * @param daysOverdue days past the cadence while ACTIVE; zero or less when on track
 * @param requestsByStatus feedback requests about the project, per status name
 * @param recognitions recognitions given to its people during the project
 * @param closingFeedbackId the sponsor's closing feedback, once written
 */
public record ProjectOverview(Project project, Map<Long, Long> entriesBySkill, long sharedEntries, LocalDate lastToLead,
		int cadenceDays, long daysOverdue, Map<String, Long> requestsByStatus, List<Recognition> recognitions,
		Long closingFeedbackId) {

	public long entriesOn(Skill skill) {
		return this.entriesBySkill.getOrDefault(skill.getId(), 0L);
	}

	public long requests(String status) {
		return this.requestsByStatus.getOrDefault(status, 0L);
	}

	public boolean isOverdue() {
		return this.project.isActive() && this.daysOverdue > 0;
	}

}
