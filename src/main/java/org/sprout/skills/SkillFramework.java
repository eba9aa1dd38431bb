package org.sprout.skills;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The skill framework as the features read it: the skills offered for new feedback,
 * requests, projects and recognitions (not retired, in the admins' order), and all of
 * them for filters over old entries.
 * <p>
 * Pages read it on nearly every request and admins change it rarely, so the lists pages
 * show are kept for {@link #KEPT}: an admin's change is seen at once on the instance that
 * made it ({@link SkillsChanged}) and within that time on the others. Those copies are
 * for showing; what an entry, request, project or recognition is saved with is read
 * afresh ({@link #offeredWithIds}, {@link #offeredToSave}).
 */
@Service
@Transactional(readOnly = true)
public class SkillFramework {

	/** How long another instance may show the framework as it was before a change. */
	public static final Duration KEPT = Duration.ofSeconds(30);

	private final SkillRepository skills;

	private final LoadingCache<Boolean, List<Skill>> shown;

	SkillFramework(SkillRepository skills) {
		this.skills = skills;
		this.shown = Caffeine.newBuilder()
			.expireAfterWrite(KEPT)
			.build((retiredToo) -> List.copyOf(
					retiredToo ? skills.findAllByOrderByPositionAsc() : skills.findByRetiredFalseOrderByPositionAsc()));
	}

	/** The skills offered today, in order, to show on a page. */
	public List<Skill> offered() {
		return this.shown.get(false);
	}

	/** Every skill, retired ones too, in order, to show: old entries may carry any. */
	public List<Skill> all() {
		return this.shown.get(true);
	}

	/** The skills offered today, read afresh, for what is about to be saved. */
	public List<Skill> offeredToSave() {
		return this.skills.findByRetiredFalseOrderByPositionAsc();
	}

	/**
	 * The offered skills with the given ids, in order, read afresh; empty when any id is
	 * not an offered skill.
	 */
	public Optional<List<Skill>> offeredWithIds(Collection<Long> ids) {
		Set<Long> wanted = new HashSet<>(ids);
		List<Skill> found = offeredToSave().stream().filter((skill) -> wanted.contains(skill.getId())).toList();
		return (found.size() == wanted.size()) ? Optional.of(found) : Optional.empty();
	}

	/** Read again at once, so the admin's own transaction sees its change... */
	@EventListener
	void changing(SkillsChanged change) {
		this.shown.invalidateAll();
	}

	/** ...and once more after it ends, for what was read meanwhile. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void changed(SkillsChanged change) {
		this.shown.invalidateAll();
	}

}
