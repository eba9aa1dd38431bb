package org.sprout.growth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.HistoryFilter;
import org.sprout.feedback.HistoryScope;
import org.sprout.feedback.Visibility;
import org.sprout.growth.GrowthCharts.MonthBar;
import org.sprout.growth.GrowthCharts.ProjectBar;
import org.sprout.growth.GrowthCharts.SkillBar;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.support.SystemClock;
import org.sprout.ties.Standing;
import org.sprout.ties.Tie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The chart aggregates against the real schema: a known set of entries, counted as each
 * viewer may read them and as the filters narrow them.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ GrowthService.class, GrowthQueries.class, SystemClock.class })
class GrowthChartsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	private static final Standing MANAGER = Standing.of(Tie.REPORT);

	private static final Standing SPONSOR = Standing.of(Tie.SPONSORED_LEAD);

	@Autowired
	private GrowthService growth;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private PersonRepository people;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private SkillRepository skills;

	private Person mentee;

	private Person manager;

	private Person sponsor;

	private Project pilot;

	private Skill listening;

	private Skill diplomacy;

	private Skill bigPicture;

	@BeforeEach
	void entries() {
		this.manager = this.people.save(new Person("manager", "Mona Manager"));
		this.mentee = new Person("mentee", "Mel Mentee");
		this.mentee.setManager(this.manager);
		this.mentee = this.people.save(this.mentee);
		this.sponsor = this.people.save(new Person("sponsor", "Sid Sponsor"));
		this.listening = skill("Good listening");
		this.diplomacy = skill("Diplomacy");
		this.bigPicture = skill("Big-picture thinking");
		this.pilot = new Project("Pilot", this.mentee, this.sponsor);
		this.pilot.setStartDate(LocalDate.of(2025, 1, 1));
		this.pilot.setEndDate(LocalDate.of(2026, 6, 30));
		this.pilot.getFocusSkills().addAll(List.of(this.listening, this.bigPicture));
		this.pilot = this.projects.save(this.pilot);

		save(this.manager, LocalDate.of(2026, 3, 1), FeedbackKind.REINFORCING, Visibility.SHARED, null, this.listening);
		save(this.manager, LocalDate.of(2026, 2, 10), FeedbackKind.REDIRECTING, Visibility.SHARED, this.pilot,
				this.listening, this.diplomacy);
		save(this.sponsor, LocalDate.of(2025, 1, 5), FeedbackKind.REINFORCING, Visibility.SHARED, this.pilot,
				this.diplomacy);
		save(this.manager, LocalDate.of(2026, 3, 2), FeedbackKind.REDIRECTING, Visibility.PRIVATE_NOTE, null,
				this.diplomacy);
		save(this.sponsor, LocalDate.of(2026, 3, 3), FeedbackKind.REINFORCING, Visibility.PRIVATE_NOTE, this.pilot,
				this.listening);
	}

	@Test
	void theSubjectSeesSharedEntriesCounted() {
		GrowthCharts charts = charts(this.mentee, Standing.SELF, HistoryFilter.none());

		assertThat(charts.firstMonth()).isEqualTo(YearMonth.of(2025, 4));
		assertThat(charts.lastMonth()).isEqualTo(YearMonth.of(2026, 3));
		assertThat(charts.months()).hasSize(12);
		assertThat(charts.months()).filteredOn((bar) -> bar.total() > 0)
			.extracting(MonthBar::month, MonthBar::reinforcing, MonthBar::redirecting)
			.containsExactly(tuple(YearMonth.of(2026, 2), 0L, 1L), tuple(YearMonth.of(2026, 3), 1L, 0L));

		// An entry about two skills counts for each; the 2025 entry is outside the months
		// but in the skills and projects.
		assertThat(charts.skills())
			.extracting(SkillBar::name, SkillBar::focus, SkillBar::reinforcing, SkillBar::redirecting)
			.containsExactly(tuple("Good listening", true, 1L, 1L), tuple("Diplomacy", false, 1L, 1L),
					tuple("Big-picture thinking", true, 0L, 0L));
		assertThat(charts.skills().get(0).reinforcingPercent()).isEqualTo(50);

		assertThat(charts.projects()).extracting(ProjectBar::name, ProjectBar::reinforcing, ProjectBar::redirecting)
			.containsExactly(tuple("Pilot", 1L, 1L), tuple(null, 1L, 0L));
		assertThat(charts.projects().get(1).isNoProject()).isTrue();
		assertThat(charts.total()).isEqualTo(3);
	}

	@Test
	void privateNotesCountOnlyForTheirAuthor() {
		GrowthCharts asManager = charts(this.manager, MANAGER, HistoryFilter.none());
		assertThat(asManager.total()).isEqualTo(4);
		assertThat(month(asManager, YearMonth.of(2026, 3))).extracting(MonthBar::reinforcing, MonthBar::redirecting)
			.containsExactly(1L, 1L);
		assertThat(asManager.skills()).filteredOn((bar) -> bar.name().equals("Diplomacy"))
			.extracting(SkillBar::reinforcing, SkillBar::redirecting)
			.containsExactly(tuple(1L, 2L));

		// A sponsor who is neither manager nor mentor counts only what they wrote.
		GrowthCharts asSponsor = charts(this.sponsor, SPONSOR, HistoryFilter.none());
		assertThat(asSponsor.total()).isEqualTo(2);
		assertThat(asSponsor.projects()).extracting(ProjectBar::name, ProjectBar::reinforcing, ProjectBar::redirecting)
			.containsExactly(tuple("Pilot", 2L, 0L));
		assertThat(month(asSponsor, YearMonth.of(2026, 3)).reinforcing()).isEqualTo(1);
	}

	@Test
	void filtersNarrowTheCharts() {
		GrowthCharts redirecting = charts(this.mentee, Standing.SELF,
				new HistoryFilter(null, null, null, FeedbackKind.REDIRECTING, null, null, null, null, null));
		assertThat(redirecting.total()).isEqualTo(1);
		assertThat(redirecting.skills()).extracting(SkillBar::name, SkillBar::total)
			.containsExactly(tuple("Good listening", 1L), tuple("Diplomacy", 1L), tuple("Big-picture thinking", 0L));

		GrowthCharts diplomacy = charts(this.mentee, Standing.SELF,
				new HistoryFilter(this.diplomacy.getId(), null, null, null, null, null, null, null, null));
		assertThat(diplomacy.total()).isEqualTo(2);
		assertThat(diplomacy.projects()).extracting(ProjectBar::name, ProjectBar::total)
			.containsExactly(tuple("Pilot", 2L));

		// The year charted ends with the "to" filter.
		GrowthCharts early = charts(this.mentee, Standing.SELF,
				new HistoryFilter(null, null, null, null, null, LocalDate.of(2025, 6, 30), null, null, null));
		assertThat(early.lastMonth()).isEqualTo(YearMonth.of(2025, 6));
		assertThat(early.total()).isEqualTo(1);
		assertThat(month(early, YearMonth.of(2025, 1)).reinforcing()).isEqualTo(1);

		// Filtered to no project: the project's zero bar is not shown as if it had none.
		GrowthCharts onPilot = charts(this.mentee, Standing.SELF,
				new HistoryFilter(null, this.pilot.getId(), null, null, null, null, null, null, null));
		assertThat(onPilot.projects()).extracting(ProjectBar::name).containsExactly("Pilot");
		assertThat(onPilot.total()).isEqualTo(2);
	}

	@Test
	void nothingToChart() {
		GrowthCharts none = charts(this.mentee, Standing.SELF, new HistoryFilter(null, null, null, null,
				LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1), null, null, null));
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.months()).hasSize(12).allSatisfy((bar) -> assertThat(bar.total()).isZero());
	}

	private GrowthCharts charts(Person viewer, Standing relation, HistoryFilter filter) {
		HistoryScope scope = HistoryScope.of(viewer.getId(), this.mentee, relation, filter).orElseThrow();
		return this.growth.chartsOf(scope, this.projects.projectsWithFocusSkillsOf(this.mentee.getId()), TODAY);
	}

	private static MonthBar month(GrowthCharts charts, YearMonth month) {
		return charts.months().stream().filter((bar) -> bar.month().equals(month)).findFirst().orElseThrow();
	}

	private Skill skill(String name) {
		return this.skills.findByRetiredFalseOrderByPositionAsc()
			.stream()
			.filter((s) -> s.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private void save(Person author, LocalDate observedOn, FeedbackKind kind, Visibility visibility, Project project,
			Skill... skills) {
		FeedbackEntry entry = new FeedbackEntry(author, this.mentee);
		entry.setObservedOn(observedOn);
		entry.setKind(kind);
		entry.setVisibility(visibility);
		entry.setSkills(Set.of(skills));
		entry.setProject(project);
		entry.setSituation("In the planning meeting on " + observedOn);
		entry.setBehaviour("You asked each person for their view before deciding.");
		entry.setImpact("Everyone left committed to the plan.");
		entry.setNextStep("Keep asking the quietest person first.");
		this.entries.save(entry);
	}

}
