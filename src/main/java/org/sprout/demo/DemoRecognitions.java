package org.sprout.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.sprout.people.Person;
import org.sprout.recognition.Power;
import org.sprout.recognition.Recognition;
import org.sprout.recognition.RecognitionRepository;
import org.sprout.skills.Skill;

/**
 * The demo organisation's recognitions, so the leaders board is alive on first start:
 * {@code priya} relied on and followed across teams without a report, {@code sam} noticed
 * by teammates, and a scattering through the crowd.
 */
final class DemoRecognitions {

	private static final String[] EXPERT_NOTES = {
			"I relied on them to untangle the caching design before our release.",
			"They walked me through the incident timeline and I could finally explain it to my team.",
			"Their review of our data model saved us a migration we would have regretted.",
			"I went to them when our estimates fell apart; they knew exactly which questions to ask.",
			"They taught me how to read the production dashboards during an outage." };

	private static final String[] REFERENT_NOTES = {
			"I followed their lead when the planning meeting stalled; they got us to a decision.",
			"I trust them to say the hard thing kindly, so I bring them into difficult conversations.",
			"When priorities changed they explained why, and the team followed them without a fuss.",
			"They made it safe to admit a mistake in the retrospective; others followed.",
			"I copied how they run one-to-ones with the new joiners." };

	private final RecognitionRepository recognitions;

	private final Random random;

	private final List<Skill> framework;

	private final LocalDate today;

	DemoRecognitions(RecognitionRepository recognitions, Random random, List<Skill> framework, LocalDate today) {
		this.recognitions = recognitions;
		this.random = random;
		this.framework = framework;
		this.today = today;
	}

	/**
	 * Recognitions for the named demo accounts and the crowd. The named accounts give
	 * none to {@code priya}, so a tour can recognise her for real.
	 */
	void create(Person priya, Person sam, Person lee, List<Person> crowd) {
		// Priya: people from five teams rely on her and follow her; she has no reports.
		for (int i = 0; i < 7; i++) {
			Person giver = crowd.get((i * 7) % crowd.size());
			Power power = (i % 3 == 0) ? Power.REFERENT : Power.EXPERT;
			give(giver, priya, power, this.framework.get((i % 2 == 0) ? 6 : 4), 3 + i * 13);
		}
		// Sam: his teammate and two people from the onboarding cohort.
		give(lee, sam, Power.REFERENT, this.framework.get(0), 9);
		give(crowd.get(1), sam, Power.EXPERT, this.framework.get(2), 40);
		give(crowd.get(2), sam, Power.REFERENT, null, 75);
		// The crowd: a scattering over the last eight months.
		for (int i = 0; i < 45; i++) {
			Person giver = crowd.get(this.random.nextInt(crowd.size()));
			Person receiver = crowd.get(this.random.nextInt(crowd.size()));
			if (giver == receiver) {
				continue;
			}
			Power power = this.random.nextBoolean() ? Power.EXPERT : Power.REFERENT;
			Skill skill = (this.random.nextInt(4) == 0) ? null
					: this.framework.get(this.random.nextInt(this.framework.size()));
			give(giver, receiver, power, skill, 1 + this.random.nextInt(240));
		}
	}

	private void give(Person giver, Person receiver, Power power, Skill skill, int daysAgo) {
		LocalDate on = this.today.minusDays(daysAgo);
		if (this.recognitions.existsByGiverIdAndReceiverIdAndPowerAndRecognisedOnGreaterThanEqual(giver.getId(),
				receiver.getId(), power, on.minusDays(Recognition.ONE_PER_DAYS))) {
			return;
		}
		String[] notes = (power == Power.EXPERT) ? EXPERT_NOTES : REFERENT_NOTES;
		this.recognitions
			.save(new Recognition(giver, receiver, power, skill, notes[this.random.nextInt(notes.length)], on));
	}

}
