package org.sprout.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.PersonRepository;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.skills.SkillsChanged;
import org.sprout.web.ForbiddenException;
import org.sprout.web.NotFoundException;
import org.sprout.web.Problems;
import org.sprout.web.Text;

/**
 * The skill framework: names unique ignoring case, an order admins choose, and retired
 * skills that stay on old entries but are no longer offered.
 */
@Service
@Transactional(readOnly = true)
public class SkillAdminService {

	private final SkillRepository skills;

	private final ApplicationEventPublisher events;

	private final PersonRepository people;

	SkillAdminService(SkillRepository skills, ApplicationEventPublisher events, PersonRepository people) {
		this.skills = skills;
		this.events = events;
		this.people = people;
	}

	public List<Skill> list() {
		return this.skills.findAllByOrderByPositionAsc();
	}

	public Skill find(long id) {
		return this.skills.findById(id).orElseThrow(NotFoundException::new);
	}

	/** Adds a skill at the end, or refuses it when the name is taken. */
	@Transactional
	public Skill add(SkillForm form) {
		checkNameFree(form.getName(), null);
		int last = list().stream().mapToInt(Skill::getPosition).max().orElse(0);
		changed();
		return this.skills.save(new Skill(tidy(form.getName()), Text.blankToNull(form.getDescription()), last + 1));
	}

	/** Renames and describes a skill, or refuses it when the name is taken. */
	@Transactional
	public Skill update(long id, SkillForm form) {
		Skill skill = find(id);
		checkNameFree(form.getName(), id);
		skill.rename(tidy(form.getName()));
		skill.setDescription(Text.blankToNull(form.getDescription()));
		changed();
		return skill;
	}

	/** Swaps the skill with its neighbour above (up) or below; at either end, nothing. */
	@Transactional
	public void move(long id, boolean up) {
		List<Skill> ordered = list();
		int index = indexOf(ordered, id);
		int other = up ? index - 1 : index + 1;
		// Positions are renumbered 1..n first: older data may hold gaps or ties.
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setPosition(i + 1);
		}
		if (other >= 0 && other < ordered.size()) {
			ordered.get(index).setPosition(other + 1);
			ordered.get(other).setPosition(index + 1);
		}
		changed();
	}

	/**
	 * Retires a skill or brings it back. The last skill still offered cannot be retired:
	 * feedback needs at least one.
	 */
	@Transactional
	public void setRetired(long id, boolean retired) {
		Skill skill = find(id);
		if (retired && !skill.isRetired() && this.skills.findByRetiredFalseOrderByPositionAsc().size() == 1) {
			throw new ForbiddenException("admin.skill.lastOffered");
		}
		skill.setRetired(retired);
		changed();
	}

	/**
	 * The framework changed: pages read it again, and histories (whose charts name and
	 * order skills) are read afresh.
	 */
	private void changed() {
		this.events.publishEvent(new SkillsChanged());
		this.people.everyHistoryChanged();
	}

	private void checkNameFree(String name, Long exceptId) {
		Optional<Skill> same = this.skills.findByNameKey(Skill.keyOf(tidy(name)))
			.filter((skill) -> !skill.getId().equals(exceptId));
		if (same.isPresent()) {
			throw Problems.of("name", "admin.skill.name.taken", same.get().getName());
		}
	}

	private static int indexOf(List<Skill> ordered, long id) {
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getId() == id) {
				return i;
			}
		}
		throw new NotFoundException();
	}

	/** One space between words, none around them. */
	private static String tidy(String name) {
		return name.strip().replaceAll("\\s+", " ");
	}

}
