package org.sprout.growth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import org.sprout.growth.EntryRows.EntryRow;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.ties.Standing;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches of an export meet without gap or overlap, even where many entries share a day.
 */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import(EntryRows.class)
class EntryRowsTest {

	@Autowired
	private EntryRows rows;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private PersonRepository people;

	@Autowired
	private SkillRepository skills;

	@Test
	void batchesCoverEveryEntryOnceInOrder() {
		Person manager = this.people.save(new Person("manager", "Mona Manager"));
		Person mentee = new Person("mentee", "Mel Mentee");
		mentee.setManager(manager);
		mentee = this.people.save(mentee);
		List<Skill> framework = this.skills.findByRetiredFalseOrderByPositionAsc();
		int count = 2 * EntryRows.BATCH_SIZE + 37;
		List<FeedbackEntry> saved = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			FeedbackEntry entry = new FeedbackEntry(manager, mentee);
			// Three days only: most batches start and end in the middle of a day.
			entry.setObservedOn(LocalDate.of(2026, 3, 1 + (i % 3)));
			entry.setKind(FeedbackKind.REINFORCING);
			entry.setVisibility(Visibility.SHARED);
			entry.setSkills(Set.of(framework.get(i % framework.size())));
			entry.setSituation("Situation " + i);
			entry.setBehaviour("Behaviour " + i);
			entry.setImpact("Impact " + i);
			entry.setNextStep("Next step " + i);
			saved.add(entry);
		}
		this.entries.saveAll(saved);
		this.entries.flush();

		HistoryScope scope = HistoryScope.of(mentee.getId(), mentee, Standing.SELF, HistoryFilter.none()).orElseThrow();
		List<Integer> batchSizes = new ArrayList<>();
		List<EntryRow> all = new ArrayList<>();
		this.rows.forEachBatch(scope.entries(), (batch) -> {
			batchSizes.add(batch.size());
			all.addAll(batch);
		});

		assertThat(batchSizes).containsExactly(EntryRows.BATCH_SIZE, EntryRows.BATCH_SIZE, 37);
		assertThat(all).extracting(EntryRow::id).doesNotHaveDuplicates().hasSize(count);
		assertThat(all).isSortedAccordingTo((a, b) -> (a.observedOn().equals(b.observedOn()))
				? Long.compare(a.id(), b.id()) : a.observedOn().compareTo(b.observedOn()));
		assertThat(all).allSatisfy((row) -> assertThat(row.skills()).hasSize(1));
	}

}
