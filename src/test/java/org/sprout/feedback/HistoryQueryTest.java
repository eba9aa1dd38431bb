package org.sprout.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Page;
import org.springframework.test.context.ActiveProfiles;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.ties.Standing;
import org.sprout.ties.Tie;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.web.Paging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history query against the real schema (Flyway migrations): who reads what, filters,
 * newest-first order and pages of 20.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class HistoryQueryTest {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

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

	private Project project;

	private Skill listening;

	private Skill diplomacy;

	@BeforeEach
	void organisation() {
		this.manager = this.people.save(new Person("manager", "Mona Manager"));
		this.mentee = new Person("mentee", "Mel Mentee");
		this.mentee.setManager(this.manager);
		this.mentee = this.people.save(this.mentee);
		this.sponsor = this.people.save(new Person("sponsor", "Sid Sponsor"));
		this.project = this.projects.save(new Project("Pilot", this.mentee, this.sponsor));
		List<Skill> framework = this.skills.findByRetiredFalseOrderByPositionAsc();
		this.listening = framework.stream().filter((s) -> s.getName().equals("Good listening")).findFirst().get();
		this.diplomacy = framework.stream().filter((s) -> s.getName().equals("Diplomacy")).findFirst().get();
	}

	@Test
	void pagesOfTwentyNewestFirst() {
		for (int day = 0; day < 25; day++) {
			save(this.manager, DAY.plusDays(day), FeedbackKind.REINFORCING, Visibility.SHARED, this.listening, null);
		}
		Page<FeedbackEntry> first = history(this.mentee, true, HistoryFilter.none());
		assertThat(first.getTotalElements()).isEqualTo(25);
		assertThat(first.getContent()).hasSize(Paging.PAGE_SIZE);
		assertThat(first.getContent().get(0).getObservedOn()).isEqualTo(DAY.plusDays(24));
		assertThat(first.getContent()).extracting(FeedbackEntry::getObservedOn)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		Page<FeedbackEntry> second = history(this.mentee, true, pageFilter(2));
		assertThat(second.getContent()).hasSize(5);
		assertThat(second.getContent().get(4).getObservedOn()).isEqualTo(DAY);
	}

	@Test
	void filtersBySkillProjectAuthorKindAndDates() {
		FeedbackEntry listeningShared = save(this.manager, DAY, FeedbackKind.REINFORCING, Visibility.SHARED,
				this.listening, null);
		FeedbackEntry diplomacyOnProject = save(this.sponsor, DAY.plusDays(10), FeedbackKind.REDIRECTING,
				Visibility.SHARED, this.diplomacy, this.project);
		FeedbackEntry later = save(this.manager, DAY.plusDays(20), FeedbackKind.REDIRECTING, Visibility.SHARED,
				this.listening, null);

		assertThat(ids(new HistoryFilter(this.listening.getId(), null, null, null, null, null, null, null, null)))
			.containsExactly(later.getId(), listeningShared.getId());
		assertThat(ids(new HistoryFilter(null, this.project.getId(), null, null, null, null, null, null, null)))
			.containsExactly(diplomacyOnProject.getId());
		assertThat(ids(new HistoryFilter(null, null, this.sponsor.getId(), null, null, null, null, null, null)))
			.containsExactly(diplomacyOnProject.getId());
		assertThat(ids(new HistoryFilter(null, null, null, FeedbackKind.REDIRECTING, null, null, null, null, null)))
			.containsExactly(later.getId(), diplomacyOnProject.getId());
		assertThat(ids(new HistoryFilter(null, null, null, null, DAY.plusDays(5), DAY.plusDays(20), null, null, null)))
			.containsExactly(later.getId(), diplomacyOnProject.getId());
		assertThat(ids(new HistoryFilter(this.listening.getId(), null, null, FeedbackKind.REDIRECTING, null,
				DAY.plusDays(19), null, null, null)))
			.isEmpty();
	}

	@Test
	void readersSeeSharedEntriesAndOnlyTheirOwnNotes() {
		FeedbackEntry shared = save(this.manager, DAY, FeedbackKind.REINFORCING, Visibility.SHARED, this.listening,
				null);
		FeedbackEntry managersNote = save(this.manager, DAY.plusDays(1), FeedbackKind.REDIRECTING,
				Visibility.PRIVATE_NOTE, this.listening, null);
		FeedbackEntry sponsorsShared = save(this.sponsor, DAY.plusDays(2), FeedbackKind.REINFORCING, Visibility.SHARED,
				this.diplomacy, this.project);
		FeedbackEntry sponsorsNote = save(this.sponsor, DAY.plusDays(3), FeedbackKind.REINFORCING,
				Visibility.PRIVATE_NOTE, this.diplomacy, this.project);

		// The subject reads every shared entry and no private note.
		assertThat(historyIds(this.mentee, Standing.SELF)).containsExactly(sponsorsShared.getId(), shared.getId());
		// The manager reads shared entries and their own note, not the sponsor's note.
		Standing asManager = Standing.of(Tie.REPORT);
		assertThat(historyIds(this.manager, asManager)).containsExactly(sponsorsShared.getId(), managersNote.getId(),
				shared.getId());
		// A sponsor who is neither manager nor mentor reads only what they wrote.
		Standing asSponsor = Standing.of(Tie.SPONSORED_LEAD);
		assertThat(historyIds(this.sponsor, asSponsor)).containsExactly(sponsorsNote.getId(), sponsorsShared.getId());

		// The query and the policy agree entry by entry.
		for (FeedbackEntry entry : List.of(shared, managersNote, sponsorsShared, sponsorsNote)) {
			assertThat(historyIds(this.manager, asManager).contains(entry.getId())).isEqualTo(AccessPolicy
				.canRead(this.manager.getId(), asManager, entry.getAuthor().getId(), !entry.isPrivateNote()));
			assertThat(historyIds(this.mentee, Standing.SELF).contains(entry.getId())).isEqualTo(AccessPolicy
				.canRead(this.mentee.getId(), Standing.SELF, entry.getAuthor().getId(), !entry.isPrivateNote()));
		}
	}

	private List<Long> historyIds(Person viewer, Standing standing) {
		return this.entries
			.findAll(
					HistorySpecifications.historyOf(this.mentee.getId(),
							ReadableFeedback.of(viewer.getId(), this.mentee.getId(), standing), HistoryFilter.none()),
					Paging.page(1, FeedbackService.NEWEST_FIRST))
			.map(FeedbackEntry::getId)
			.getContent();
	}

	private List<Long> ids(HistoryFilter filter) {
		return history(this.mentee, true, filter).map(FeedbackEntry::getId).getContent();
	}

	private Page<FeedbackEntry> history(Person subject, boolean readsShared, HistoryFilter filter) {
		return this.entries.findAll(
				HistorySpecifications.historyOf(subject.getId(),
						ReadableFeedback.of(subject.getId(), subject.getId(),
								readsShared ? Standing.SELF : Standing.NONE),
						filter),
				Paging.page(filter.page(), FeedbackService.NEWEST_FIRST));
	}

	private static HistoryFilter pageFilter(int page) {
		return new HistoryFilter(null, null, null, null, null, null, null, null, page);
	}

	private FeedbackEntry save(Person author, LocalDate observedOn, FeedbackKind kind, Visibility visibility,
			Skill skill, Project project) {
		FeedbackEntry entry = new FeedbackEntry(author, this.mentee);
		entry.setObservedOn(observedOn);
		entry.setKind(kind);
		entry.setVisibility(visibility);
		entry.setSkills(Set.of(skill));
		entry.setProject(project);
		entry.setSituation("In the planning meeting on " + observedOn);
		entry.setBehaviour("You asked each person for their view before deciding.");
		entry.setImpact("Everyone left committed to the plan.");
		entry.setNextStep("Keep asking the quietest person first.");
		return this.entries.save(entry);
	}

}
