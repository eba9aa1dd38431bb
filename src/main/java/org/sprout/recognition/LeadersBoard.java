package org.sprout.recognition;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import org.sprout.skills.SkillFramework;
import org.sprout.ties.Standing;
import org.sprout.ties.Ties;
import org.sprout.web.ForbiddenException;

/**
 * Ranks everyone recognised in the window by their emergence score: two queries whatever
 * the size of the organisation (the window's recognitions as plain values, who has
 * reports), kept while the recognitions stay as they are (for a minute at most); then,
 * for a page, its people and who of them leads an active project.
 */
@Service
@Transactional(readOnly = true)
public class LeadersBoard {

	static final int TOP_SKILLS = 3;

	/** How long the board may lag behind a change of someone's team or manager. */
	public static final Duration KEPT = Duration.ofMinutes(1);

	private final RecognitionRepository recognitions;

	private final PersonRepository people;

	private final EmergenceScore score;

	private final Ties ties;

	private final ProjectRepository projects;

	private final Clock clock;

	private final SkillFramework skills;

	/**
	 * The ranking of each day, kept for {@link #KEPT}: it is the organisation's, the same
	 * for every viewer (who may see it is asked on every request), and moves only with
	 * new recognitions (read again at once on the instance that took one) and with
	 * people's teams and reporting lines.
	 */
	private final Cache<Day, List<Ranked>> ranked = Caffeine.newBuilder().maximumSize(8).expireAfterWrite(KEPT).build();

	LeadersBoard(RecognitionRepository recognitions, PersonRepository people, EmergenceScore score, Ties ties,
			ProjectRepository projects, Clock clock, SkillFramework skills) {
		this.skills = skills;
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
		List<Ranked> rows = this.ranked
			.get(new Day(LocalDate.now(this.clock), withoutPosition, this.recognitions.version()), this::ranking);
		int from = (int) Math.min(pageable.getOffset(), rows.size());
		int to = Math.min(from + pageable.getPageSize(), rows.size());
		List<Ranked> page = rows.subList(from, to);
		if (page.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, rows.size());
		}
		List<Long> ids = page.stream().map(Ranked::personId).toList();
		// The page's people, and who of them leads an active project: a query each.
		Map<Long, Person> people = this.people.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, LeadingProject> leading = this.projects.activeLedBy(ids)
			.stream()
			.collect(Collectors.toMap(LeadingProject::leadId, Function.identity(), (a, b) -> a));
		Map<Long, Skill> framework = new HashMap<>();
		this.skills.all().forEach((skill) -> framework.put(skill.getId(), skill));
		return new PageImpl<>(page.stream()
			.filter((row) -> people.containsKey(row.personId()))
			.map((row) -> new LeaderRow(people.get(row.personId()), row.breakdown(),
					row.topSkillIds().stream().map(framework::get).filter(Objects::nonNull).toList(),
					leading.get(row.personId())))
			.toList(), pageable, rows.size());
	}

	/**
	 * Everyone recognised in the window, ranked: two queries (the window's recognitions,
	 * who has reports) and the score, over plain values.
	 */
	private List<Ranked> ranking(Day day) {
		Map<Long, List<WindowRecognition>> byReceiver = this.recognitions.windowSince(this.score.windowStart(day.day()))
			.stream()
			.collect(Collectors.groupingBy(WindowRecognition::receiverId, LinkedHashMap::new, Collectors.toList()));
		Set<Long> managers = new HashSet<>(this.people.managerIds());
		Map<Long, Skill> framework = new HashMap<>();
		this.skills.all().forEach((skill) -> framework.put(skill.getId(), skill));
		List<Ranked> rows = new ArrayList<>();
		byReceiver.forEach((personId, received) -> {
			EmergenceScore.Breakdown breakdown = this.score.of(received.get(0).receiverTeam(),
					managers.contains(personId), received.stream().map(WindowRecognition::given).toList(), day.day());
			if (!breakdown.isEmpty() && (!day.withoutPosition() || breakdown.leadingWithoutPosition())) {
				rows.add(new Ranked(personId, received.get(0).receiverName(), breakdown,
						topSkills(received, framework)));
			}
		});
		rows.sort(Comparator.comparingDouble((Ranked row) -> row.breakdown().score())
			.reversed()
			.thenComparing(Ranked::name)
			.thenComparing(Ranked::personId));
		return List.copyOf(rows);
	}

	private static List<Long> topSkills(List<WindowRecognition> received, Map<Long, Skill> framework) {
		Map<Long, Long> counts = received.stream()
			.filter((r) -> r.skillId() != null && framework.containsKey(r.skillId()))
			.collect(Collectors.groupingBy(WindowRecognition::skillId, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue()
				.reversed()
				.thenComparing((e) -> framework.get(e.getKey()).getPosition()))
			.limit(TOP_SKILLS)
			.map(Map.Entry::getKey)
			.toList();
	}

	private record Day(LocalDate day, boolean withoutPosition, RecognitionsVersion recognitions) {
	}

	/** Someone's place on the board, before their person is read for the page. */
	private record Ranked(long personId, String name, EmergenceScore.Breakdown breakdown, List<Long> topSkillIds) {
	}

}
