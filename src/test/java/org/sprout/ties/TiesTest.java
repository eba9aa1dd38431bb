package org.sprout.ties;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.Visibility;
import org.sprout.people.Mentorship;
import org.sprout.people.Person;
import org.sprout.projects.Project;
import org.sprout.requests.FeedbackRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ties of an organisation read from its tables, on fixed days: a mentorship holds
 * from its first to its last day, a sponsor stays tied for thirty days after a close, an
 * open request ties the one asked until it is answered, and whom a viewer grows carries
 * the stricter cadence and the earlier beginning of its ties.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class TiesTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	@Autowired
	private EntityManager entityManager;

	private TieQueries ties;

	private Person manager;

	private Person mentor;

	private Person sponsor;

	private Person lead;

	private Person member;

	private Person stranger;

	@BeforeEach
	void organisation() {
		this.ties = new TieQueries(this.entityManager);
		this.manager = person("manager", null);
		this.mentor = person("mentor", null);
		this.sponsor = person("sponsor", null);
		this.lead = person("lead", this.manager);
		this.member = person("member", null);
		this.stranger = person("stranger", null);
	}

	@Test
	void theTiesAroundAPersonGiveEveryViewerTheStandingThatBetweenGives() {
		persist(new Mentorship(this.mentor, this.lead, DAY.minusDays(5)));
		Project project = new Project("Pilot", this.lead, this.sponsor);
		project.getMembers().add(this.member);
		persist(project);
		persist(new FeedbackRequest(this.lead, this.stranger, "How did I do?"));
		persist(new FeedbackRequest(this.member, this.lead, "And me?"));
		this.member.setWelcomesFeedback(true);
		this.entityManager.flush();

		List<Person> everyone = List.of(this.manager, this.mentor, this.sponsor, this.lead, this.member, this.stranger);
		for (Person person : everyone) {
			TiesAround around = new TiesAround(person.getId(), this.ties.holdersOf(person.getId(), DAY),
					person.isWelcomesFeedback());
			for (Person viewer : everyone) {
				assertThat(around.standingOf(viewer.getId())).as("%s to %s", viewer.getUsername(), person.getUsername())
					.isEqualTo(this.ties.between(viewer.getId(), person.getId(), DAY));
			}
		}
	}

	@Test
	void whomAViewerGrowsCarriesTheDayOfTheirLastSharedFeedback() {
		entry(this.manager, DAY.minusDays(9), Visibility.SHARED);
		entry(this.manager, DAY.minusDays(3), Visibility.SHARED);
		// Neither a private note nor someone else's feedback counts.
		entry(this.manager, DAY.minusDays(1), Visibility.PRIVATE_NOTE);
		entry(this.stranger, DAY, Visibility.SHARED);
		this.entityManager.flush();

		assertThat(this.ties.grownBy(this.manager.getId(), DAY)).singleElement().satisfies((grown) -> {
			assertThat(grown.lastFeedback()).isEqualTo(DAY.minusDays(3));
			assertThat(grown.daysOverdue(DAY)).isEqualTo(3 - Cadence.DEFAULT_DAYS);
		});
	}

	@Test
	void aReportingLineTiesAManagerToTheirReport() {
		assertThat(this.ties.between(this.manager.getId(), this.lead.getId(), DAY)).isEqualTo(Standing.of(Tie.REPORT));
		assertThat(this.ties.between(this.lead.getId(), this.manager.getId(), DAY)).isEqualTo(Standing.NONE);
		assertThat(this.ties.between(this.lead.getId(), this.lead.getId(), DAY)).isEqualTo(Standing.SELF);
	}

	@Test
	void aMentorshipHoldsFromItsFirstToItsLastDay() {
		Mentorship mentorship = new Mentorship(this.mentor, this.lead, DAY);
		mentorship.setUntil(DAY.plusDays(10));
		persist(mentorship);
		assertThat(this.ties.between(this.mentor.getId(), this.lead.getId(), DAY.minusDays(1)).ties()).isEmpty();
		assertThat(this.ties.between(this.mentor.getId(), this.lead.getId(), DAY).ties()).containsExactly(Tie.MENTEE);
		assertThat(this.ties.between(this.mentor.getId(), this.lead.getId(), DAY.plusDays(10)).ties())
			.containsExactly(Tie.MENTEE);
		assertThat(this.ties.between(this.mentor.getId(), this.lead.getId(), DAY.plusDays(11)).ties()).isEmpty();
	}

	@Test
	void aSponsorIsTiedToLeadAndMembersUntilThirtyDaysAfterTheClose() {
		Project project = new Project("Pilot", this.lead, this.sponsor);
		project.getMembers().add(this.member);
		persist(project);
		assertThat(this.ties.between(this.sponsor.getId(), this.lead.getId(), DAY).ties())
			.containsExactly(Tie.SPONSORED_LEAD);
		assertThat(this.ties.between(this.sponsor.getId(), this.member.getId(), DAY).ties())
			.containsExactly(Tie.SPONSORED_MEMBER);
		project.activate("Anything may fail.", 3, DAY.minusDays(40));
		project.close(DAY, DAY.atStartOfDay().toInstant(ZoneOffset.UTC));
		this.entityManager.flush();
		assertThat(this.ties.between(this.sponsor.getId(), this.lead.getId(), DAY.plusDays(30)).ties())
			.containsExactly(Tie.SPONSORED_LEAD);
		assertThat(this.ties.between(this.sponsor.getId(), this.lead.getId(), DAY.plusDays(31)).ties()).isEmpty();
		assertThat(this.ties.between(this.sponsor.getId(), this.member.getId(), DAY.plusDays(31)).ties()).isEmpty();
	}

	@Test
	void anOpenRequestTiesTheOneAskedUntilItIsAnswered() {
		FeedbackRequest request = new FeedbackRequest(this.lead, this.stranger, "How did I do?");
		persist(request);
		assertThat(this.ties.between(this.stranger.getId(), this.lead.getId(), DAY).ties())
			.containsExactly(Tie.ASKED_BY);
		assertThat(this.ties.between(this.lead.getId(), this.stranger.getId(), DAY).ties()).isEmpty();
		request.decline("Not now");
		this.entityManager.flush();
		assertThat(this.ties.between(this.stranger.getId(), this.lead.getId(), DAY).ties()).isEmpty();
	}

	@Test
	void whomAViewerGrowsCarriesTheStricterCadenceAndTheEarlierBeginning() {
		Mentorship mentorship = new Mentorship(this.manager, this.lead, DAY.minusDays(100));
		mentorship.setCadenceDays(21);
		persist(mentorship);
		Project project = new Project("Pilot", this.lead, this.manager);
		persist(project);
		project.activate("Anything may fail.", 5, DAY.minusDays(10));
		this.entityManager.flush();

		assertThat(this.ties.grownBy(this.manager.getId(), DAY)).singleElement().satisfies((grown) -> {
			assertThat(grown.personId()).isEqualTo(this.lead.getId());
			assertThat(grown.ties()).containsExactlyInAnyOrder(Tie.REPORT, Tie.MENTEE, Tie.SPONSORED_LEAD);
			assertThat(grown.cadence()).isEqualTo(new Cadence(5));
			assertThat(grown.since()).isEqualTo(DAY.minusDays(100));
			// Never given feedback: due five days after the mentorship began.
			assertThat(grown.lastFeedback()).isNull();
			assertThat(grown.daysOverdue(DAY)).isEqualTo(95);
		});
		assertThat(this.ties.growers(DAY)).contains(this.manager.getId()).doesNotContain(this.stranger.getId());
		assertThat(this.ties.growsSomeone(this.manager.getId(), DAY)).isTrue();
		assertThat(this.ties.growsSomeone(this.sponsor.getId(), DAY)).isFalse();
	}

	@Test
	void aDeactivatedReportIsNotDueFeedback() {
		this.lead.setEnabled(false);
		this.entityManager.flush();
		assertThat(this.ties.grownBy(this.manager.getId(), DAY)).isEmpty();
		// The reporting line itself stays: the manager still reads their history.
		assertThat(this.ties.between(this.manager.getId(), this.lead.getId(), DAY).ties()).containsExactly(Tie.REPORT);
	}

	@Test
	void whoWelcomesFeedbackIsTiedToEveryOtherColleagueWhoseAccountIsOn() {
		assertThat(this.ties.between(this.stranger.getId(), this.member.getId(), DAY)).isEqualTo(Standing.NONE);
		this.member.setWelcomesFeedback(true);
		this.entityManager.flush();
		assertThat(this.ties.between(this.stranger.getId(), this.member.getId(), DAY))
			.isEqualTo(Standing.of(Tie.WELCOMES_FEEDBACK));
		// It adds to the ties that already hold, and only one way.
		assertThat(this.ties.between(this.manager.getId(), this.lead.getId(), DAY)).isEqualTo(Standing.of(Tie.REPORT));
		this.lead.setWelcomesFeedback(true);
		this.entityManager.flush();
		assertThat(this.ties.between(this.manager.getId(), this.lead.getId(), DAY))
			.isEqualTo(Standing.of(Tie.REPORT, Tie.WELCOMES_FEEDBACK));
		assertThat(this.ties.between(this.member.getId(), this.stranger.getId(), DAY)).isEqualTo(Standing.NONE);
		assertThat(this.ties.between(this.member.getId(), this.member.getId(), DAY)).isEqualTo(Standing.SELF);
		// A viewer whose account is off is nobody's colleague any more.
		this.stranger.setEnabled(false);
		this.entityManager.flush();
		assertThat(this.ties.between(this.stranger.getId(), this.member.getId(), DAY)).isEqualTo(Standing.NONE);
		// Every colleague may write: nobody is listed as holding it.
		assertThat(this.ties.holdersOf(this.member.getId(), DAY)).isEmpty();
	}

	@Test
	void everyoneTiedToAPersonAndHow() {
		persist(new Mentorship(this.mentor, this.lead, DAY.minusDays(1)));
		persist(new Project("Pilot", this.lead, this.sponsor));
		persist(new FeedbackRequest(this.lead, this.stranger, "Anything to add?"));
		assertThat(this.ties.holdersOf(this.lead.getId(), DAY)).extracting(TieHolder::personId, TieHolder::tie)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.manager.getId(), Tie.REPORT),
					org.assertj.core.groups.Tuple.tuple(this.mentor.getId(), Tie.MENTEE),
					org.assertj.core.groups.Tuple.tuple(this.sponsor.getId(), Tie.SPONSORED_LEAD),
					org.assertj.core.groups.Tuple.tuple(this.stranger.getId(), Tie.ASKED_BY));
	}

	private Person person(String username, Person manager) {
		Person person = new Person(username, username.substring(0, 1).toUpperCase() + username.substring(1));
		person.setManager(manager);
		return persist(person);
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		this.entityManager.flush();
		return entity;
	}

	static Instant at(LocalDate day) {
		return day.atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	private void entry(Person author, LocalDate observedOn, Visibility visibility) {
		FeedbackEntry entry = new FeedbackEntry(author, this.lead);
		entry.setObservedOn(observedOn);
		entry.setKind(FeedbackKind.REINFORCING);
		entry.setVisibility(visibility);
		entry.setSituation("In the review");
		entry.setBehaviour("You summarised.");
		entry.setImpact("We decided.");
		entry.setNextStep("Keep it up.");
		persist(entry);
	}

}
