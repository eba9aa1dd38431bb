package org.sprout.skills;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skill framework as the features read it: the skills offered for new feedback,
 * requests, projects and recognitions (not retired, in the admins' order), and all of
 * them for filters over old entries.
 */
@Service
@Transactional(readOnly = true)
public class SkillFramework {

	private final SkillRepository skills;

	SkillFramework(SkillRepository skills) {
		this.skills = skills;
	}

	/** The skills offered today, in order. */
	public List<Skill> offered() {
		return this.skills.findByRetiredFalseOrderByPositionAsc();
	}

	/** Every skill, retired ones too, in order: old entries may carry any. */
	public List<Skill> all() {
		return this.skills.findAllByOrderByPositionAsc();
	}

	/**
	 * The offered skills with the given ids, in order; empty when any id is not an
	 * offered skill.
	 */
	public Optional<List<Skill>> offeredWithIds(Collection<Long> ids) {
		Set<Long> wanted = new HashSet<>(ids);
		List<Skill> found = offered().stream().filter((skill) -> wanted.contains(skill.getId())).toList();
		return (found.size() == wanted.size()) ? Optional.of(found) : Optional.empty();
	}

}
