package org.sprout.skills;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SkillRepository extends JpaRepository<Skill, Long> {

	List<Skill> findAllByOrderByPositionAsc();

	List<Skill> findByRetiredFalseOrderByPositionAsc();

}
