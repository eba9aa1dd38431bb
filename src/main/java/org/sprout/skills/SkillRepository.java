package org.sprout.skills;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SkillRepository extends JpaRepository<Skill, Long> {

	List<Skill> findAllByOrderByPositionAsc();

	List<Skill> findByRetiredFalseOrderByPositionAsc();

	/**
	 * The skill whose name equals the given key ignoring case, see {@link Skill#keyOf}.
	 */
	Optional<Skill> findByNameKey(String nameKey);

}
