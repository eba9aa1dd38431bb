package org.sprout.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.Visibility;
import org.sprout.feedback.coach.Coaching;
import org.sprout.feedback.coach.Draft;
import org.sprout.feedback.coach.FeedbackCoach;
import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.projects.ProjectStatus;
import org.sprout.recognition.RecognitionRepository;
import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;

/**
 * The demo organisation: the five accounts of the design, a crowd around them, their
 * projects and a year of feedback. A fixed seed makes every fresh run look the same.
 */
@Service
public class DemoData {

	public static final String PASSWORD = "sprout-demo";

	static final long SEED = 20261130L;

	static final int CROWD = 35;

	static final int ENTRIES = 400;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String[] TEAMS = { "Payments", "Mobile", "Data", "Design", "Customer Success" };

	private static final String[] TITLES = { "Software Engineer", "Senior Engineer", "Product Designer", "Data Analyst",
			"QA Engineer", "Product Manager", "Support Engineer" };

	private static final String[] PROJECT_NAMES = { "Checkout latency budget", "Design system guild",
			"Incident review ritual", "Data quality dashboard", "Mobile release train", "Customer voice programme",
			"Accessibility audit", "On-call handbook", "Pairing rotation" };

	private static final String[] REFLECTIONS = {
			"I had not noticed how much the order of speakers shaped the outcome. Useful to hear.",
			"Fair point. I was focused on the deadline and missed how the room felt.",
			"Good to know this worked; I was unsure whether I had gone too far.",
			"I see it now. Writing the decision down would have saved us the second meeting.",
			"Thank you. I want to make this a habit rather than something I do when I remember." };

	private static final String[] COMMITMENTS = { "ask for objections before I summarise the decision.",
			"name what I notice in the room before moving to the next topic.",
			"send a short written recap within a day of each decision.",
			"ask one open question before I give my own view." };

	private static final String[] INTENTS = { "I wanted to keep the meeting short for everyone.",
			"I meant to protect the team from a scope change late in the sprint.",
			"I was trying to give the quieter people time to think first." };

	private final PersonRepository people;

	private final MentorshipRepository mentorships;

	private final ProjectRepository projects;

	private final SkillRepository skills;

	private final FeedbackRepository feedback;

	private final PasswordEncoder encoder;

	private final FeedbackRequestRepository requests;

	private final RecognitionRepository recognitions;

	private final FeedbackCoach coach;

	DemoData(PersonRepository people, MentorshipRepository mentorships, ProjectRepository projects,
			SkillRepository skills, FeedbackRepository feedback, PasswordEncoder encoder,
			FeedbackRequestRepository requests, RecognitionRepository recognitions, FeedbackCoach coach) {
		this.recognitions = recognitions;
		this.requests = requests;
		this.coach = coach;
		this.people = people;
		this.mentorships = mentorships;
		this.projects = projects;
		this.skills = skills;
		this.feedback = feedback;
		this.encoder = encoder;
	}

	/**
	 * Creates the demo organisation when the database holds no people; returns whether it
	 * did.
	 */
	@Transactional
	public boolean createIfEmpty(LocalDate today) {
		if (this.people.count() > 0) {
			return false;
		}
		new Generation(today).run();
		log.info("Demo organisation created: {} people, {} projects, {} feedback entries.", this.people.count(),
				this.projects.count(), this.feedback.count());
		return true;
	}

	/** One run of the generator, holding what it has made so far. */
	private final class Generation {

		private final LocalDate today;

		private final Random random = new Random(SEED);

		private final Faker faker = new Faker(Locale.ENGLISH, this.random);

		private final String hash = DemoData.this.encoder.encode(PASSWORD);

		private final SbiPhrases phrases = SbiPhrases.load();

		private final List<Skill> framework = DemoData.this.skills.findByRetiredFalseOrderByPositionAsc();

		/** Who may write about whom: [author, subject, project or null]. */
		private final List<Object[]> pairs = new ArrayList<>();

		Generation(LocalDate today) {
			this.today = today;
		}

		void run() {
			Person admin = person("admin", "Alex Morgan", "People Operations Lead", "Operations", null);
			admin.setAdmin(true);
			Person director = person("dana", "Dana Whitfield", "Director of Engineering", "Engineering", null);
			Person maria = person("maria", "Maria Alvarez", "Engineering Manager", "Platform", director);
			Person sam = person("sam", "Sam Okafor", "Software Engineer", "Platform", maria);
			Person lee = person("lee", "Lee Chen", "Software Engineer", "Platform", maria);
			Person priya = person("priya", "Priya Raman", "Staff Engineer", "Architecture", director);
			reports(maria, sam, lee);
			mentor(maria, sam, this.today.minusMonths(11), 14);

			List<Person> crowd = crowd(director);
			mentor(priya, crowd.get(3), this.today.minusMonths(8), 21);

			Project onboarding = project("Onboarding revamp", sam, maria, ProjectStatus.ACTIVE,
					this.today.minusMonths(3), this.today.plusMonths(2), List.of(lee));
			onboarding.setGoal("New engineers ship their first change in their first week.");
			onboarding.setSafeSpace("The order and format of onboarding sessions may change every week; "
					+ "a session that falls flat costs nothing but an hour.");
			lifecycle(onboarding, ProjectStatus.ACTIVE);
			crowdProjects(crowd);

			List<FeedbackEntry> entries = new ArrayList<>();
			for (int i = 0; i < ENTRIES; i++) {
				entries.add(entry(this.pairs.get(this.random.nextInt(this.pairs.size())), null));
			}
			entry(new Object[] { maria, sam, null }, Visibility.PRIVATE_NOTE);
			answers(entries);
			for (FeedbackEntry later : entries) {
				entries.stream()
					.filter((earlier) -> later.followsUpCommitmentOf(earlier, ZoneOffset.UTC))
					.forEach((earlier) -> earlier.closeCommitment(later.getCreatedAt()));
			}
			requests(lee, priya, crowd);
			new DemoRecognitions(DemoData.this.recognitions, this.random, this.framework, this.today).create(priya, sam,
					lee, crowd);
		}

		/**
		 * Most older shared feedback is acknowledged; some has a reflection and a
		 * commitment.
		 */
		private void answers(List<FeedbackEntry> entries) {
			for (FeedbackEntry entry : entries) {
				LocalDate observed = entry.getObservedOn();
				if (entry.isPrivateNote() || observed.isAfter(this.today.minusDays(5))) {
					continue;
				}
				int dice = this.random.nextInt(100);
				java.time.Instant answered = observed.plusDays(1 + this.random.nextInt(3))
					.atTime(9, 30)
					.toInstant(ZoneOffset.UTC);
				if (dice < 20) {
					entry.reflect(REFLECTIONS[this.random.nextInt(REFLECTIONS.length)],
							(dice < 6) ? INTENTS[this.random.nextInt(INTENTS.length)] : null,
							(dice < 12) ? COMMITMENTS[this.random.nextInt(COMMITMENTS.length)] : null, answered);
				}
				else if (dice < 75) {
					entry.acknowledge(answered);
				}
			}
		}

		private void requests(Person lee, Person priya, List<Person> crowd) {
			FeedbackRequest fromLee = new FeedbackRequest(lee, priya,
					"How did my walkthrough of the caching design land with your team on Thursday?");
			fromLee.getSkills().add(this.framework.get(0));
			fromLee.backdate(this.today.minusDays(3).atTime(10, 0).toInstant(ZoneOffset.UTC));
			DemoData.this.requests.save(fromLee);
			for (int i = 0; i < 6; i++) {
				Person asker = crowd.get(this.random.nextInt(crowd.size()));
				Person asked = crowd.get(this.random.nextInt(crowd.size()));
				if (asker == asked) {
					continue;
				}
				FeedbackRequest request = new FeedbackRequest(asker, asked,
						"What is one thing I could do better when I run our planning sessions?");
				request.getSkills().add(this.framework.get(this.random.nextInt(this.framework.size())));
				request.backdate(
						this.today.minusDays(2 + this.random.nextInt(30)).atTime(11, 0).toInstant(ZoneOffset.UTC));
				if (i % 3 == 2) {
					request.decline("I was not in those sessions; ask someone who was.");
				}
				DemoData.this.requests.save(request);
			}
		}

		private List<Person> crowd(Person director) {
			List<Person> managers = new ArrayList<>();
			for (String team : TEAMS) {
				String name = uniqueName();
				managers.add(person(username(name), name, "Engineering Manager", team, director));
			}
			List<Person> crowd = new ArrayList<>();
			for (int i = managers.size(); i < CROWD; i++) {
				Person manager = managers.get(i % managers.size());
				String name = uniqueName();
				Person member = person(username(name), name, TITLES[this.random.nextInt(TITLES.length)],
						manager.getTeam(), manager);
				reports(manager, member);
				crowd.add(member);
			}
			for (int i = 0; i < 12; i++) {
				Person mentor = (i % 2 == 0) ? managers.get(i % managers.size())
						: crowd.get(this.random.nextInt(crowd.size()));
				Person mentee = crowd.get(this.random.nextInt(crowd.size()));
				if (mentor != mentee && mentee.getManager() != mentor) {
					mentor(mentor, mentee, this.today.minusDays(30 + this.random.nextInt(300)), 14);
				}
			}
			return crowd;
		}

		private void crowdProjects(List<Person> crowd) {
			ProjectStatus[] statuses = { ProjectStatus.ACTIVE, ProjectStatus.ACTIVE, ProjectStatus.PLANNED,
					ProjectStatus.DONE };
			for (int i = 0; i < PROJECT_NAMES.length; i++) {
				Person lead = crowd.get((i * 3) % crowd.size());
				ProjectStatus status = statuses[i % statuses.length];
				LocalDate start = switch (status) {
					case PLANNED -> this.today.plusWeeks(2);
					case ACTIVE -> this.today.minusWeeks(4 + this.random.nextInt(20));
					case DONE -> this.today.minusMonths(10);
				};
				List<Person> members = List.of(crowd.get((i * 3 + 1) % crowd.size()),
						crowd.get((i * 3 + 2) % crowd.size()));
				Project project = project(PROJECT_NAMES[i], lead, lead.getManager(), status, start,
						start.plusMonths(3 + this.random.nextInt(4)), members);
				project.setGoal(this.faker.company().bs().substring(0, 1).toUpperCase(Locale.ENGLISH)
						+ this.faker.company().bs().substring(1) + ".");
				if (status != ProjectStatus.PLANNED) {
					project.setSafeSpace("Experiments that miss their target may be rolled back within a day "
							+ "without a post-mortem; the lead decides what to try next.");
				}
				lifecycle(project, status);
				if (status == ProjectStatus.DONE) {
					project.writeRetrospective("Leading without authority meant asking more than telling; "
							+ "the weekly demo kept everyone moving in the same direction.");
				}
			}
		}

		private Person person(String username, String name, String title, String team, Person manager) {
			Person person = new Person(username, name);
			person.setJobTitle(title);
			person.setTeam(team);
			person.setManager(manager);
			person.setEmail(username + "@sprout.example");
			person.setPasswordHash(this.hash);
			return DemoData.this.people.save(person);
		}

		private void reports(Person manager, Person... reports) {
			for (Person report : reports) {
				this.pairs.add(new Object[] { manager, report, null });
			}
		}

		private void mentor(Person mentor, Person mentee, LocalDate since, int cadenceDays) {
			Mentorship mentorship = new Mentorship(mentor, mentee, since);
			mentorship.setCadenceDays(cadenceDays);
			DemoData.this.mentorships.save(mentorship);
			this.pairs.add(new Object[] { mentor, mentee, null });
		}

		private Project project(String name, Person lead, Person sponsor, ProjectStatus status, LocalDate start,
				LocalDate end, List<Person> members) {
			Project project = new Project(name, lead, sponsor);
			project.setStartDate(start);
			project.setEndDate(end);
			project.getMembers().addAll(members);
			project.setDescription("A stretch assignment for " + lead.getDisplayName()
					+ " to practise leading people who do not report to them.");
			List<Skill> shuffled = new ArrayList<>(this.framework);
			java.util.Collections.shuffle(shuffled, this.random);
			project.getFocusSkills().addAll(shuffled.subList(0, 2 + this.random.nextInt(2)));
			DemoData.this.projects.save(project);
			if (status != ProjectStatus.PLANNED) {
				this.pairs.add(new Object[] { sponsor, lead, project });
				this.pairs.add(new Object[] { sponsor, lead, project });
			}
			return project;
		}

		/**
		 * Moves a new project through its lifecycle as far as the status says: started on
		 * its start date, closed on its end date.
		 */
		private void lifecycle(Project project, ProjectStatus status) {
			if (status != ProjectStatus.PLANNED) {
				project.activate(project.getSafeSpace(), project.getCadenceDays(), project.getStartDate());
			}
			if (status == ProjectStatus.DONE) {
				project.close(project.getEndDate(), project.getEndDate().atTime(17, 0).toInstant(ZoneOffset.UTC));
			}
		}

		/**
		 * An entry of the pair, shared or private as drawn unless {@code visibility}
		 * says.
		 */
		private FeedbackEntry entry(Object[] pair, Visibility visibility) {
			Person author = (Person) pair[0];
			Person subject = (Person) pair[1];
			Project project = (Project) pair[2];
			FeedbackKind kind = (this.random.nextInt(100) < 65) ? FeedbackKind.REINFORCING : FeedbackKind.REDIRECTING;
			Set<Skill> chosen = new LinkedHashSet<>();
			if (project != null && !project.getFocusSkills().isEmpty()) {
				chosen.add(project.getFocusSkills().iterator().next());
			}
			chosen.add(this.framework.get(this.random.nextInt(this.framework.size())));
			String skill = chosen.iterator().next().getName();
			LocalDate observed = (project != null && project.getStartDate() != null)
					? between(project.getStartDate(), min(project.getEndDate(), this.today))
					: this.today.minusDays(this.random.nextInt(365));
			FeedbackEntry entry = new FeedbackEntry(author, subject);
			entry.setProject(project);
			entry.setSkills(chosen);
			entry.setObservedOn(observed);
			entry.setKind(kind);
			Visibility drawn = (this.random.nextInt(100) < 92) ? Visibility.SHARED : Visibility.PRIVATE_NOTE;
			entry.setVisibility((visibility != null) ? visibility : drawn);
			entry.setSituation(this.phrases.situation(this.random) + ".");
			entry.setBehaviour(capitalise(this.phrases.part(skill, kind, "BEHAVIOUR", this.random)));
			entry.setImpact(this.phrases.part(skill, kind, "IMPACT", this.random));
			entry.setNextStep(this.phrases.part(skill, kind, "NEXT_STEP", this.random));
			if (author.getUsername().equals("maria")) {
				earlyHabits(entry);
			}
			Coaching coaching = DemoData.this.coach.review(new Draft(entry.getSituation(), entry.getBehaviour(),
					entry.getImpact(), entry.getNextStep(), entry.getKind()));
			entry.setQuality(coaching.score(), coaching.ruleIds());
			entry.backdate(observed.atTime(17, 0).toInstant(ZoneOffset.UTC));
			return DemoData.this.feedback.save(entry);
		}

		/**
		 * Maria's older feedback has habits the coach flags (a situation that
		 * generalises, a next step without an action, filler), so her quality trend on
		 * the dashboard rises over the year. Chosen by the day of the month, not the
		 * random generator, so the rest of the demo stays as it was.
		 */
		private void earlyHabits(FeedbackEntry entry) {
			long monthsAgo = java.time.temporal.ChronoUnit.MONTHS.between(entry.getObservedOn(), this.today);
			int habit = entry.getObservedOn().getDayOfMonth() % 3;
			if (monthsAgo >= 6 && habit == 0) {
				entry.setSituation("In general, in our meetings.");
			}
			else if (monthsAgo >= 6 && habit == 1) {
				entry.setNextStep("Something to think about.");
			}
			else if (monthsAgo >= 3 && habit == 2) {
				entry.setBehaviour("You just " + entry.getBehaviour().substring("You ".length()));
			}
		}

		private LocalDate between(LocalDate from, LocalDate to) {
			long days = Math.max(0, to.toEpochDay() - from.toEpochDay());
			return from.plusDays((days == 0) ? 0 : this.random.nextLong(days + 1));
		}

		private LocalDate min(LocalDate a, LocalDate b) {
			return (a == null || b.isBefore(a)) ? b : a;
		}

		private String uniqueName() {
			String name;
			do {
				name = this.faker.name().firstName() + " " + this.faker.name().lastName();
			}
			while (DemoData.this.people.findByUsername(username(name)).isPresent());
			return name;
		}

		private static String username(String name) {
			return name.toLowerCase(Locale.ENGLISH).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
		}

		private static String capitalise(String text) {
			return text.substring(0, 1).toUpperCase(Locale.ENGLISH) + text.substring(1);
		}

	}

}
