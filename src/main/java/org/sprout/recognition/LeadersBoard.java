package org.sprout.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.LeadingProject;
import org.sprout.projects.ProjectRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.skills.Skill;
import org.sprout.ties.Standing;
import org.sprout.ties.Ties;
import org.sprout.web.ForbiddenException;

/**
 * Ranks everyone recognised in the window by their emergence score. Three queries
 * whatever the size of the organisation: the window's recognitions, who has reports, who
 * leads an active project.
 */
@Service
@Transactional(readOnly = true)
public class LeadersBoard {

	static final int TOP_SKILLS = 3;

	private final RecognitionRepository recognitions;

	private final PersonRepository people;

	private final EmergenceScore score;

	private final Ties ties;

	private final ProjectRepository projects;

	private final Clock clock;

	LeadersBoard(RecognitionRepository recognitions, PersonRepository people, EmergenceScore score, Ties ties,
			ProjectRepository projects, Clock clock) {
		this.ties = ties;
		this.projects = projects;
		this.recognitions = recognitions;
		this.people = people;
		this.score = score;
		this.clock = clock;
	}

	public boolean visibleTo(long viewerId, boolean admin) {
		return AccessPolicy.canSeeLeaders(admin, this.ties.growsSomeone(viewerId));
	}

	/** The same, knowing how the viewer stands to someone today (see {@link Ties}). */
	public boolean visibleTo(long viewerId, boolean admin, Standing toSomeone) {
		return AccessPolicy.canSeeLeaders(admin, admin || this.ties.growsSomeone(viewerId, toSomeone));
	}

	public void checkVisibleTo(long viewerId, boolean admin) {
		if (!visibleTo(viewerId, admin)) {
			throw new ForbiddenException("leaders.notAllowed");
		}
	}

	public EmergenceScore.Settings settings() {
		return this.score.settings();
	}

	/**
	 * One page of the board, highest score first; only people leading without position
	 * when {@code withoutPosition}.
	 */
	public Page<LeaderRow> rank(boolean withoutPosition, Pageable pageable) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Person, List<Recognition>> byReceiver = this.recognitions.since(this.score.windowStart(today))
			.stream()
			.collect(Collectors.groupingBy(Recognition::getReceiver, LinkedHashMap::new, Collectors.toList()));
		Set<Long> managers = new HashSet<>(this.people.managerIds());
		List<LeaderRow> rows = new ArrayList<>();
		byReceiver.forEach((person, received) -> {
			List<EmergenceScore.Given> given = received.stream()
				.map((r) -> RecognitionService.given(r, person.getId()))
				.toList();
			EmergenceScore.Breakdown breakdown = this.score.of(person.getTeam(), managers.contains(person.getId()),
					given, today);
			if (!breakdown.isEmpty() && (!withoutPosition || breakdown.leadingWithoutPosition())) {
				rows.add(new LeaderRow(person, breakdown, topSkills(received), null));
			}
		});
		rows.sort(Comparator.comparingDouble((LeaderRow row) -> row.breakdown().score())
			.reversed()
			.thenComparing((row) -> row.person().getDisplayName()));
		int from = (int) Math.min(pageable.getOffset(), rows.size());
		int to = Math.min(from + pageable.getPageSize(), rows.size());
		List<LeaderRow> page = rows.subList(from, to);
		// Who of the page leads an active project: one query for the page's people.
		Map<Long, LeadingProject> leading = page.isEmpty() ? Map.of()
				: this.projects.activeLedBy(page.stream().map((row) -> row.person().getId()).toList())
					.stream()
					.collect(Collectors.toMap(LeadingProject::leadId, Function.identity(), (a, b) -> a));
		return new PageImpl<>(page.stream()
			.map((row) -> new LeaderRow(row.person(), row.breakdown(), row.topSkills(),
					leading.get(row.person().getId())))
			.toList(), pageable, rows.size());
	}

	private static List<Skill> topSkills(List<Recognition> received) {
		Map<Skill, Long> counts = received.stream()
			.filter((r) -> r.getSkill() != null)
			.collect(Collectors.groupingBy(Recognition::getSkill, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Skill, Long>comparingByValue().reversed().thenComparing((e) -> e.getKey().getPosition()))
			.limit(TOP_SKILLS)
			.map(Map.Entry::getKey)
			.toList();
	}

}
