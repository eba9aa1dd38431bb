package org.sprout.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.coach.Coaching;
import org.sprout.feedback.coach.Draft;
import org.sprout.feedback.coach.FeedbackCoach;

/**
 * The large demo organisation ({@code sprout.demo.size=large}), for measuring Sprout at
 * the size of a real organisation: the small demo (the five accounts of the design and
 * their ties, unchanged), then, written with JDBC batch inserts, a crowd of about 2,000
 * people, 300 projects, 100,000 feedback entries, a year of recognitions, the requests
 * and notifications they cause. Two people are known by name: {@code maria} manages 40
 * people (sam, lee and 38 more) and {@code sam} is the subject of 5,000 entries. A fixed
 * seed makes every run the same.
 * <p>
 * Every insert names its columns, so a later migration that adds a column with a default
 * does not break it. Ids are given here and the identity columns restarted after them.
 */
@Service
public class LargeDemoData {

	/** How big the large organisation is; tests use a smaller one. */
	public record Scale(int people, int projects, int entries, int samEntries, int mariaReports, int recognitions) {

		public static final Scale LARGE = new Scale(2_000, 300, 100_000, 5_000, 40, 6_000);

	}

	static final long SEED = 20261201L;

	/** Entries written per transaction. */
	private static final int CHUNK = 5_000;

	/** Feedback texts scored by the coach per skill and kind, reused across entries. */
	private static final int TEXTS_PER_SKILL_AND_KIND = 60;

	private static final Logger log = LoggerFactory.getLogger(LargeDemoData.class);

	private static final String[] TEAMS = { "Payments", "Mobile", "Data", "Design", "Customer Success", "Search",
			"Identity", "Billing", "Growth", "Infrastructure", "Security", "Support", "Analytics", "Onboarding",
			"Partnerships", "Reliability", "Checkout", "Messaging", "Marketplace", "Platform Services" };

	private static final String[] TITLES = { "Software Engineer", "Senior Engineer", "Product Designer", "Data Analyst",
			"QA Engineer", "Product Manager", "Support Engineer", "Staff Engineer" };

	private static final String[] PROJECT_THEMES = { "latency budget", "design system guild", "incident review ritual",
			"data quality dashboard", "release train", "customer voice programme", "accessibility audit",
			"on-call handbook", "pairing rotation", "onboarding path", "cost review", "error budget", "API deprecation",
			"hiring loop", "documentation sprint" };

	private static final String[] NOTES = { "I relied on them to untangle a hard design question.",
			"They walked me through the incident timeline until I could explain it.",
			"I followed their lead when the planning meeting stalled.",
			"They made it safe to admit a mistake in the retrospective.",
			"I trust them to say the hard thing kindly." };

	private static final String QUESTION = "What is one thing I could do better in our planning sessions?";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FeedbackCoach coach;

	LargeDemoData(JdbcTemplate jdbc, TransactionTemplate transactions, FeedbackCoach coach) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.coach = coach;
	}

	/**
	 * Grows the small demo organisation, just created, to the given scale.
	 */
	public void grow(LocalDate today, Scale scale) {
		long started = System.nanoTime();
		new Generation(today, scale).run();
		log.info(
				"Large demo organisation created in {} ms: {} people, {} projects, {} feedback entries, "
						+ "{} recognitions, {} notifications.",
				(System.nanoTime() - started) / 1_000_000, count("person"), count("project"), count("feedback_entry"),
				count("recognition"), count("notification"));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** One run of the generator. */
	private final class Generation {

		private final LocalDate today;

		private final Scale scale;

		private final Random random = new Random(SEED);

		private final Faker faker = new Faker(Locale.ENGLISH, this.random);

		private final SbiPhrases phrases = SbiPhrases.load();

		private final Instant created;

		private final List<Long> skills;

		private final Map<Long, String> skillNames = new HashMap<>();

		private final Map<String, Long> known = new HashMap<>();

		private final Map<Long, String> names = new HashMap<>();

		private final Map<Long, Long> managerOf = new HashMap<>();

		private final Set<String> usernames = new HashSet<>();

		/** Who may write about whom: author, subject, project (or null) and its days. */
		private final List<Pair> pairs = new ArrayList<>();

		private final List<Pair> aboutSam = new ArrayList<>();

		private final List<Long> individuals = new ArrayList<>();

		private final List<Long> managers = new ArrayList<>();

		private final Map<String, List<Text>> texts = new HashMap<>();

		private long nextPerson;

		private long nextEntry;

		private long nextNotification;

		Generation(LocalDate today, Scale scale) {
			this.today = today;
			this.scale = scale;
			this.created = today.minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			this.skills = LargeDemoData.this.jdbc
				.queryForList("select id from skill where retired = false order by sort_order, id", Long.class);
			LargeDemoData.this.jdbc.query("select id, name from skill",
					(RowCallbackHandler) (row) -> this.skillNames.put(row.getLong(1), row.getString(2)));
		}

		void run() {
			JdbcTemplate jdbc = LargeDemoData.this.jdbc;
			jdbc.query("select id, username, display_name, manager_id from person", (RowCallbackHandler) (row) -> {
				long id = row.getLong(1);
				this.known.put(row.getString(2), id);
				this.usernames.add(row.getString(2));
				this.names.put(id, row.getString(3));
				long manager = row.getLong(4);
				if (!row.wasNull()) {
					this.managerOf.put(id, manager);
				}
			});
			this.nextPerson = next("person");
			this.nextEntry = next("feedback_entry");
			this.nextNotification = next("notification");
			inTransaction(this::people);
			inTransaction(this::mentorships);
			inTransaction(this::projects);
			entries();
			inTransaction(this::recognitions);
			inTransaction(this::requests);
			for (String table : List.of("person", "mentorship", "project", "feedback_entry", "recognition",
					"feedback_request", "notification")) {
				jdbc.execute("alter table " + table + " alter column id restart with " + next(table));
			}
		}

		private void inTransaction(Runnable step) {
			LargeDemoData.this.transactions.executeWithoutResult((tx) -> step.run());
		}

		private long next(String table) {
			return LargeDemoData.this.jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
		}

		/**
		 * Maria's team grows to 40; the rest of the crowd is teams of about ten under ten
		 * directors who report to Dana.
		 */
		private void people() {
			String hash = LargeDemoData.this.jdbc.queryForObject("select password_hash from person where username = ?",
					String.class, "maria");
			long dana = this.known.get("dana");
			long maria = this.known.get("maria");
			int existing = this.names.size();
			List<Object[]> rows = new ArrayList<>();
			int reportsOfMaria = (int) this.managerOf.values().stream().filter((m) -> m == maria).count();
			for (int i = reportsOfMaria; i < this.scale.mariaReports(); i++) {
				rows.add(person(TITLES[this.random.nextInt(TITLES.length)], "Platform", maria, hash));
			}
			int toMake = this.scale.people() - existing - rows.size();
			int teams = Math.max(1, toMake / 10);
			int directors = Math.max(1, teams / 20);
			List<Long> directorIds = new ArrayList<>();
			for (int i = 0; i < directors && toMake > 0; i++, toMake--) {
				Object[] row = person("Director of Engineering", "Engineering", dana, hash);
				directorIds.add((Long) row[0]);
				rows.add(row);
			}
			List<Long> teamManagers = new ArrayList<>();
			List<String> teamNames = new ArrayList<>();
			for (int i = 0; i < teams && toMake > 0; i++, toMake--) {
				String team = TEAMS[i % TEAMS.length] + ((i < TEAMS.length) ? "" : " " + (1 + i / TEAMS.length));
				Object[] row = person("Engineering Manager", team, directorIds.get(i % directorIds.size()), hash);
				teamManagers.add((Long) row[0]);
				teamNames.add(team);
				rows.add(row);
			}
			for (int i = 0; toMake > 0; i++, toMake--) {
				int team = i % teamManagers.size();
				rows.add(person(TITLES[this.random.nextInt(TITLES.length)], teamNames.get(team), teamManagers.get(team),
						hash));
			}
			LargeDemoData.this.jdbc.batchUpdate("""
					insert into person (id, username, display_name, email, job_title, team, manager_id,
					  password_hash, enabled, is_admin, created_at, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, true, false, ?, ?, 0)
					""", rows);
			Set<Long> managing = new HashSet<>(teamManagers);
			managing.addAll(directorIds);
			for (Object[] row : rows) {
				long id = (Long) row[0];
				long manager = (Long) row[6];
				this.managerOf.put(id, manager);
				this.pairs.add(new Pair(manager, id, null, null, null));
				if (managing.contains(id)) {
					this.managers.add(id);
				}
				else {
					this.individuals.add(id);
				}
			}
		}

		private Object[] person(String title, String team, long manager, String hash) {
			String name;
			String username;
			do {
				name = this.faker.name().firstName() + " " + this.faker.name().lastName();
				username = name.toLowerCase(Locale.ENGLISH).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
			}
			while (!this.usernames.add(username) || username.length() > 50);
			long id = this.nextPerson++;
			this.names.put(id, name);
			Timestamp at = Timestamp.from(this.created);
			return new Object[] { id, username, name, username + "@sprout.example", title, team, manager, hash, at,
					at };
		}

		/**
		 * Mentors across teams, and two more mentors for Sam (never Priya, who has no
		 * mentor tie to Sam or Lee).
		 */
		private void mentorships() {
			long sam = this.known.get("sam");
			long lee = this.known.get("lee");
			long priya = this.known.get("priya");
			List<Object[]> rows = new ArrayList<>();
			long id = next("mentorship");
			Set<String> taken = new HashSet<>();
			for (int i = 0; i < 2; i++) {
				long mentor = this.managers.get(i);
				rows.add(mentorship(id++, mentor, sam, 21));
				this.aboutSam.add(new Pair(mentor, sam, null, null, null));
			}
			List<Long> everyone = new ArrayList<>(this.individuals);
			everyone.addAll(this.managers);
			for (int i = 0; i < this.scale.people() / 4; i++) {
				long mentor = everyone.get(this.random.nextInt(everyone.size()));
				long mentee = this.individuals.get(this.random.nextInt(this.individuals.size()));
				boolean designTies = mentee == sam || mentee == lee || mentor == priya;
				if (mentor == mentee || designTies || Long.valueOf(mentor).equals(this.managerOf.get(mentee))
						|| !taken.add(mentor + ":" + mentee)) {
					continue;
				}
				rows.add(mentorship(id++, mentor, mentee, 14));
				this.pairs.add(new Pair(mentor, mentee, null, null, null));
			}
			LargeDemoData.this.jdbc.batchUpdate("""
					insert into mentorship (id, mentor_id, mentee_id, since_date, until_date, cadence_days)
					values (?, ?, ?, ?, null, ?)
					""", rows);
		}

		private Object[] mentorship(long id, long mentor, long mentee, int cadence) {
			return new Object[] { id, mentor, mentee, Date.valueOf(this.today.minusDays(30 + this.random.nextInt(300))),
					cadence };
		}

		/**
		 * Stretch projects for people of the crowd, sponsored by their managers; Sam is a
		 * member of a few active ones.
		 */
		private void projects() {
			long sam = this.known.get("sam");
			long id = next("project");
			int toMake = this.scale.projects() - (int) count("project");
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> members = new ArrayList<>();
			List<Object[]> focus = new ArrayList<>();
			for (int i = 0; i < toMake; i++, id++) {
				long lead = this.individuals.get(this.random.nextInt(this.individuals.size()));
				long sponsor = this.managerOf.get(lead);
				String status = switch (i % 4) {
					case 0, 1 -> "ACTIVE";
					case 2 -> "PLANNED";
					default -> "DONE";
				};
				LocalDate start = switch (status) {
					case "PLANNED" -> this.today.plusWeeks(1 + this.random.nextInt(8));
					case "ACTIVE" -> this.today.minusWeeks(2 + this.random.nextInt(30));
					default -> this.today.minusMonths(6 + this.random.nextInt(6));
				};
				LocalDate end = start.plusMonths(3 + this.random.nextInt(4));
				if (status.equals("DONE") && !end.isBefore(this.today)) {
					end = this.today.minusDays(1 + this.random.nextInt(20));
				}
				String theme = PROJECT_THEMES[i % PROJECT_THEMES.length];
				String name = capitalise(theme) + " " + (1 + i / PROJECT_THEMES.length);
				Timestamp at = Timestamp.from(this.created);
				boolean done = status.equals("DONE");
				rows.add(new Object[] { id, name, "Make the " + theme + " something the whole team relies on.",
						"A stretch assignment for "
								+ this.names.get(lead) + " to practise leading people who do not report to them.",
						lead, sponsor,
						status.equals("PLANNED") ? null
								: "Experiments that miss their target may be rolled back within a day.",
						Date.valueOf(start), Date.valueOf(end), status,
						done ? "Asking more than telling kept everyone moving in the same direction." : null, at, at,
						done ? Timestamp.from(end.atTime(17, 0).toInstant(ZoneOffset.UTC)) : null });
				Set<Long> team = new HashSet<>();
				int size = 2 + this.random.nextInt(3);
				while (team.size() < size) {
					long member = this.individuals.get(this.random.nextInt(this.individuals.size()));
					if (member != lead && member != sponsor) {
						team.add(member);
					}
				}
				if (i < 8 && i % 4 < 2 && sponsor != this.known.get("maria") && lead != sam) {
					team.add(sam);
				}
				long project = id;
				team.forEach((member) -> members.add(new Object[] { project, member }));
				List<Long> shuffled = new ArrayList<>(this.skills);
				java.util.Collections.shuffle(shuffled, this.random);
				List<Long> focusSkills = shuffled.subList(0, 2 + this.random.nextInt(2));
				focusSkills.forEach((skill) -> focus.add(new Object[] { project, skill }));
				if (!status.equals("PLANNED")) {
					LocalDate last = end.isBefore(this.today) ? end : this.today;
					Pair toLead = new Pair(sponsor, lead, project, start, last);
					this.pairs.add(toLead);
					this.pairs.add(toLead);
					for (long member : team) {
						Pair toMember = new Pair(sponsor, member, project, start, last);
						(member == sam ? this.aboutSam : this.pairs).add(toMember);
					}
				}
			}
			LargeDemoData.this.jdbc.batchUpdate("""
					insert into project (id, name, goal, description, lead_id, sponsor_id, safe_space, start_date,
					  end_date, status, retrospective, created_at, updated_at, version, closed_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
					""", rows);
			LargeDemoData.this.jdbc.batchUpdate("insert into project_member (project_id, person_id) values (?, ?)",
					members);
			LargeDemoData.this.jdbc.batchUpdate("insert into project_skill (project_id, skill_id) values (?, ?)",
					focus);
			for (int i = 0; i < 3; i++) {
				this.aboutSam.add(new Pair(this.known.get("maria"), sam, null, null, null));
			}
		}

		/**
		 * Feedback, in transactions of {@value #CHUNK} entries: Sam's 5,000 from Maria,
		 * his other mentors and the sponsors of his projects, then the crowd's.
		 */
		private void entries() {
			long sam = this.known.get("sam");
			int samHas = LargeDemoData.this.jdbc
				.queryForObject("select count(*) from feedback_entry where subject_id = ?", Integer.class, sam);
			int total = this.scale.entries() - (int) count("feedback_entry");
			int forSam = Math.min(total, this.scale.samEntries() - samHas);
			for (int done = 0; done < total; done += CHUNK) {
				int from = done;
				int to = Math.min(total, done + CHUNK);
				inTransaction(() -> entries(from, to, forSam));
			}
		}

		private void entries(int from, int to, int forSam) {
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> skillRows = new ArrayList<>();
			List<Object[]> notifications = new ArrayList<>();
			for (int i = from; i < to; i++) {
				List<Pair> choices = (i < forSam) ? this.aboutSam : this.pairs;
				Pair pair = choices.get(this.random.nextInt(choices.size()));
				long id = this.nextEntry++;
				FeedbackKind kind = (this.random.nextInt(100) < 65) ? FeedbackKind.REINFORCING
						: FeedbackKind.REDIRECTING;
				long skill = this.skills.get(this.random.nextInt(this.skills.size()));
				Text text = text(skill, kind);
				LocalDate observed = (pair.start() != null) ? between(pair.start(), pair.end())
						: this.today.minusDays(this.random.nextInt(365));
				boolean shared = this.random.nextInt(100) < 92;
				Timestamp at = Timestamp.from(observed.atTime(17, 0).toInstant(ZoneOffset.UTC));
				Timestamp acknowledged = null;
				String reflection = null;
				Timestamp reflected = null;
				String commitment = null;
				Timestamp commitmentClosed = null;
				int dice = this.random.nextInt(100);
				Instant answered = observed.plusDays(1 + this.random.nextInt(3))
					.atTime(9, 30)
					.toInstant(ZoneOffset.UTC);
				if (shared && observed.isBefore(this.today.minusDays(5))) {
					if (dice < 20) {
						reflection = "Fair point. I want to make this a habit rather than something I do when I remember.";
						reflected = Timestamp.from(answered);
						if (dice < 10) {
							commitment = "ask one open question before I give my own view.";
							if (observed.isBefore(this.today.minusDays(45))) {
								commitmentClosed = Timestamp.from(answered.plusSeconds(86_400L * 30));
							}
						}
					}
					else if (dice < 75) {
						acknowledged = Timestamp.from(answered);
					}
				}
				rows.add(new Object[] { id, pair.author(), pair.subject(), pair.project(), Date.valueOf(observed),
						text.situation(), text.behaviour(), text.impact(), text.nextStep(), kind.name(),
						shared ? "SHARED" : "PRIVATE_NOTE", text.score(), text.findings(), acknowledged, reflection,
						reflected, commitment, commitmentClosed,
						(commitment == null) ? null : (commitmentClosed == null) ? "OPEN" : "FOLLOWED_UP", at, at });
				skillRows.add(new Object[] { id, skill });
				if (this.random.nextInt(3) == 0) {
					long second = this.skills.get(this.random.nextInt(this.skills.size()));
					if (second != skill) {
						skillRows.add(new Object[] { id, second });
					}
				}
				if (shared) {
					boolean recent = observed.isAfter(this.today.minusDays(14));
					notifications.add(notification(pair.subject(), "NEW_FEEDBACK", id, this.names.get(pair.author()),
							"feedback:" + id, at, recent));
					if (reflected != null) {
						notifications.add(notification(pair.author(), "REFLECTION", id, this.names.get(pair.subject()),
								"reflection:" + id + ":" + reflected.getTime(), reflected, recent));
					}
				}
			}
			LargeDemoData.this.jdbc.batchUpdate("""
					insert into feedback_entry (id, author_id, subject_id, project_id, observed_on, situation,
					  behaviour, impact, next_step, kind, visibility, quality_score, quality_findings,
					  acknowledged_at, reflection, reflected_at, commitment, commitment_closed_at, commitment_state,
					  created_at, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
					""", rows);
			LargeDemoData.this.jdbc.batchUpdate("insert into feedback_entry_skill (entry_id, skill_id) values (?, ?)",
					skillRows);
			insertNotifications(notifications);
		}

		private Object[] notification(long recipient, String kind, long target, String actor, String onceKey,
				Timestamp at, boolean unread) {
			return new Object[] { this.nextNotification++, recipient, kind, target, actor, onceKey, at,
					unread ? null : at };
		}

		private void insertNotifications(List<Object[]> rows) {
			LargeDemoData.this.jdbc.batchUpdate("""
					insert into notification (id, recipient_id, kind, target_id, actor_name, detail, once_key,
					  created_at, read_at)
					values (?, ?, ?, ?, ?, null, ?, ?, ?)
					""", rows);
		}

		/**
		 * A bank of texts per skill and kind, each scored once by the coach: scoring
		 * every one of 100,000 entries would take most of a minute.
		 */
		private Text text(long skill, FeedbackKind kind) {
			List<Text> bank = this.texts.computeIfAbsent(skill + ":" + kind, (key) -> {
				List<Text> made = new ArrayList<>();
				String name = this.skillNames.get(skill);
				for (int i = 0; i < TEXTS_PER_SKILL_AND_KIND; i++) {
					String situation = this.phrases.situation(this.random) + ".";
					String behaviour = capitalise(this.phrases.part(name, kind, "BEHAVIOUR", this.random));
					String impact = this.phrases.part(name, kind, "IMPACT", this.random);
					String nextStep = this.phrases.part(name, kind, "NEXT_STEP", this.random);
					Coaching coaching = LargeDemoData.this.coach
						.review(new Draft(situation, behaviour, impact, nextStep, kind));
					made.add(new Text(situation, behaviour, impact, nextStep, coaching.score(), coaching.ruleIds()));
				}
				return made;
			});
			return bank.get(this.random.nextInt(bank.size()));
		}

		/**
		 * A year of recognitions through the crowd, each giver recognising a receiver for
		 * one power once; each is told to its receiver.
		 */
		private void recognitions() {
			long id = next("recognition");
			List<Long> everyone = new ArrayList<>(this.individuals);
			everyone.addAll(this.managers);
			Set<String> given = new HashSet<>();
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> notifications = new ArrayList<>();
			long priya = this.known.get("priya");
			while (rows.size() < this.scale.recognitions()) {
				long giver = everyone.get(this.random.nextInt(everyone.size()));
				// One in twenty goes to Priya, who leads without position.
				long receiver = (this.random.nextInt(20) == 0) ? priya
						: everyone.get(this.random.nextInt(everyone.size()));
				String power = this.random.nextBoolean() ? "EXPERT" : "REFERENT";
				if (giver == receiver || !given.add(giver + ":" + receiver + ":" + power)) {
					continue;
				}
				LocalDate on = this.today.minusDays(this.random.nextInt(365));
				Long skill = (this.random.nextInt(4) == 0) ? null
						: this.skills.get(this.random.nextInt(this.skills.size()));
				Timestamp at = Timestamp.from(on.atTime(12, 0).toInstant(ZoneOffset.UTC));
				rows.add(new Object[] { id, giver, receiver, power, skill, NOTES[this.random.nextInt(NOTES.length)],
						Date.valueOf(on), at, at });
				notifications.add(notification(receiver, "RECOGNITION", receiver, this.names.get(giver),
						"recognition:" + id, at, on.isAfter(this.today.minusDays(14))));
				id++;
			}
			LargeDemoData.this.jdbc.batchUpdate("""
					insert into recognition (id, giver_id, receiver_id, power, skill_id, note, recognised_on,
					  created_at, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
					""", rows);
			insertNotifications(notifications);
		}

		/** Open requests for feedback, a tenth of the crowd asking their managers. */
		private void requests() {
			long id = next("feedback_request");
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> skillRows = new ArrayList<>();
			List<Object[]> notifications = new ArrayList<>();
			for (int i = 0; i < this.individuals.size(); i += 10, id++) {
				long requester = this.individuals.get(i);
				long recipient = this.managerOf.get(requester);
				Timestamp at = Timestamp
					.from(this.today.minusDays(1 + this.random.nextInt(30)).atTime(11, 0).toInstant(ZoneOffset.UTC));
				rows.add(new Object[] { id, requester, recipient, QUESTION, at, at });
				skillRows.add(new Object[] { id, this.skills.get(this.random.nextInt(this.skills.size())) });
				notifications
					.add(notification(recipient, "REQUEST", id, this.names.get(requester), "request:" + id, at, true));
			}
			LargeDemoData.this.jdbc.batchUpdate("""
					insert into feedback_request (id, requester_id, recipient_id, project_id, question, status,
					  created_at, updated_at, version)
					values (?, ?, ?, null, ?, 'OPEN', ?, ?, 0)
					""", rows);
			LargeDemoData.this.jdbc
				.batchUpdate("insert into feedback_request_skill (request_id, skill_id) values (?, ?)", skillRows);
			insertNotifications(notifications);
		}

		private LocalDate between(LocalDate from, LocalDate to) {
			long days = Math.max(0, to.toEpochDay() - from.toEpochDay());
			return from.plusDays((days == 0) ? 0 : this.random.nextLong(days + 1));
		}

		private static String capitalise(String text) {
			return text.substring(0, 1).toUpperCase(Locale.ENGLISH) + text.substring(1);
		}

	}

	/** Who writes about whom, and on which project between which days (or none). */
	private record Pair(long author, long subject, Long project, LocalDate start, LocalDate end) {
	}

	/** One scored feedback text. */
	private record Text(String situation, String behaviour, String impact, String nextStep, int score,
			String findings) {
	}

}
