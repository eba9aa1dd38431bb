package org.sprout.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;

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

	private final SkillRepository skills;

	private final EmergenceScore score;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RecognitionService(RecognitionRepository recognitions, PersonRepository people, SkillRepository skills,
			EmergenceScore score, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.recognitions = recognitions;
		this.people = people;
		this.skills = skills;
		this.score = score;
		this.clock = clock;
	}

	/** Saves the recognition, or records on {@code errors} why it cannot be given. */
	@Transactional
	public Optional<Recognition> recognise(long giverId, RecognitionForm form, Errors errors) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<Person> receiver = this.people.findById(form.getReceiverId()).filter(Person::isEnabled);
		if (receiver.isEmpty()) {
			errors.rejectValue("receiverId", "recognition.receiver.unknown");
		}
		else if (!AccessPolicy.canRecognise(giverId, receiver.get().getId())) {
			errors.rejectValue("receiverId", "recognition.receiver.self");
		}
		Skill skill = null;
		if (form.getSkillId() != null) {
			skill = this.skills.findById(form.getSkillId()).filter((s) -> !s.isRetired()).orElse(null);
			if (skill == null) {
				errors.rejectValue("skillId", "recognition.skill.unknown");
			}
		}
		if (!errors.hasErrors()
				&& this.recognitions.existsByGiverIdAndReceiverIdAndPowerAndRecognisedOnGreaterThanEqual(giverId,
						receiver.get().getId(), form.getPower(), today.minusDays(Recognition.ONE_PER_DAYS - 1L))) {
			errors.rejectValue("power", "recognition.limit",
					new Object[] { receiver.get().getDisplayName(), Recognition.ONE_PER_DAYS }, null);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Recognition saved = this.recognitions.save(new Recognition(this.people.getReferenceById(giverId),
				receiver.get(), form.getPower(), skill, form.getNote().strip(), today));
		this.events.publishEvent(new Recognised(saved.getId()));
		return Optional.of(saved);
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
