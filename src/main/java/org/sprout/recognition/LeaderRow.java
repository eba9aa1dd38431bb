package org.sprout.recognition;

import java.util.List;

import org.sprout.people.Person;
import org.sprout.projects.LeadingProject;
import org.sprout.skills.Skill;

/**
 * One person on the leaders board.
 *
 * @param person who is recognised
 * @param breakdown their emergence score and what it is made of
 * @param topSkills the skills others recognised them for most, most first
 * @param leading the ACTIVE project they lead, if any
 */
public record LeaderRow(Person person, EmergenceScore.Breakdown breakdown, List<Skill> topSkills,
		LeadingProject leading) {

	public List<Long> topSkillIds() {
		return this.topSkills.stream().map(Skill::getId).toList();
	}

}
