package org.sprout.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillFramework;
import org.sprout.web.Problems;

/**
 * Recording recognitions, within the limit against noise, and reading them back.
 */
@Service
@Transactional(readOnly = true)
public class RecognitionService {

	/** How many recognitions a profile lists. */
	public static final int ON_PROFILE = 10;

	private final RecognitionRepository recognitions;

	private final PersonRepository people;

	private final SkillFramework skills;

	private final EmergenceScore score;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RecognitionService(RecognitionRepository recognitions, PersonRepository people, SkillFramework skills,
			EmergenceScore score, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.recognitions = recognitions;
		this.people = people;
		this.skills = skills;
		this.score = score;
		this.clock = clock;
	}

	/** Saves the recognition, or refuses it with why it cannot be given. */
	@Transactional
	public Recognition recognise(long giverId, RecognitionForm form) {
		LocalDate today = LocalDate.now(this.clock);
		Problems problems = new Problems();
		Optional<Person> receiver = this.people.findById(form.getReceiverId()).filter(Person::isEnabled);
		if (receiver.isEmpty()) {
			problems.add("receiverId", "recognition.receiver.unknown");
		}
		else if (!AccessPolicy.canRecognise(giverId, receiver.get().getId())) {
			problems.add("receiverId", "recognition.receiver.self");
		}
		Skill skill = null;
		if (form.getSkillId() != null) {
			skill = this.skills.offeredWithIds(List.of(form.getSkillId()))
				.flatMap((found) -> found.stream().findFirst())
				.orElse(null);
			if (skill == null) {
				problems.add("skillId", "recognition.skill.unknown");
			}
		}
		if (!problems.any() && this.recognitions.existsByGiverIdAndReceiverIdAndPowerAndRecognisedOnGreaterThanEqual(
				giverId, receiver.get().getId(), form.getPower(), today.minusDays(Recognition.ONE_PER_DAYS - 1L))) {
			problems.add("power", "recognition.limit", receiver.get().getDisplayName(), Recognition.ONE_PER_DAYS);
		}
		problems.throwIfAny();
		Recognition saved = this.recognitions.save(new Recognition(this.people.getReferenceById(giverId),
				receiver.get(), form.getPower(), skill, form.getNote().strip(), today));
		this.events.publishEvent(new Recognised(saved.getId()));
		return saved;
	}

	/** The recognitions given to any of the people between the days, newest first. */
	public List<Recognition> toAnyBetween(Collection<Long> people, LocalDate from, LocalDate to, int most) {
		return this.recognitions.toAnyBetween(people, from, to, PageRequest.of(0, most));
	}

	/** What the person's profile shows of the recognitions they received. */
	public Received receivedBy(Person person, boolean hasReports) {
		List<Recognition> all = this.recognitions.allTo(person.getId());
		LocalDate today = LocalDate.now(this.clock);
		List<EmergenceScore.Given> given = all.stream().map((r) -> given(r, person.getId())).toList();
		return new Received(all.subList(0, Math.min(ON_PROFILE, all.size())), all.size(),
				this.score.of(person.getTeam(), hasReports, given, today));
	}

	static EmergenceScore.Given given(Recognition recognition, long receiverId) {
		Person giver = recognition.getGiver();
		boolean report = giver.getManager() != null && giver.getManager().getId() == receiverId;
		return new EmergenceScore.Given(giver.getId(), giver.getTeam(), report, recognition.getPower(),
				recognition.getRecognisedOn());
	}

	/**
	 * The recognitions a person received, as their profile shows them.
	 *
	 * @param latest the newest ones, at most {@link #ON_PROFILE}
	 * @param count how many they received in all
	 * @param breakdown their emergence score, for those who may see it
	 */
	public record Received(List<Recognition> latest, int count, EmergenceScore.Breakdown breakdown) {
	}

}
