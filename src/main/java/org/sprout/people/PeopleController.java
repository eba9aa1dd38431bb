package org.sprout.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.sprout.feedback.HistoryFilter;
import org.sprout.feedback.HistoryScope;
import org.sprout.growth.GrowthService;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.recognition.LeadersBoard;
import org.sprout.recognition.RecognitionService;
import org.sprout.security.AccessPolicy;
import org.sprout.security.Relation;
import org.sprout.security.Relations;
import org.sprout.security.SproutUser;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;

@Controller
class PeopleController {

	private static final int MAX_QUERY = 100;

	private final PersonRepository people;

	private final MentorshipRepository mentorships;

	private final ProjectRepository projects;

	private final Relations relations;

	private final GrowthService growth;

	private final RecognitionService recognitions;

	private final LeadersBoard board;

	PeopleController(PersonRepository people, MentorshipRepository mentorships, ProjectRepository projects,
			Relations relations, GrowthService growth, RecognitionService recognitions, LeadersBoard board) {
		this.recognitions = recognitions;
		this.board = board;
		this.people = people;
		this.mentorships = mentorships;
		this.projects = projects;
		this.relations = relations;
		this.growth = growth;
	}

	@GetMapping("/people")
	String directory(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", required = false) Integer page, Model model) {
		String q = query.strip();
		if (q.length() > MAX_QUERY) {
			q = q.substring(0, MAX_QUERY);
		}
		model.addAttribute("q", q);
		model.addAttribute("page",
				this.people.directory(PersonRepository.literal(q), Paging.page(page, Sort.by("displayName", "id"))));
		return "people/directory";
	}

	@GetMapping("/people/{id}")
	String profile(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		Person person = this.people.findWithManager(id).orElseThrow(NotFoundException::new);
		LocalDate today = LocalDate.now();
		Relation relation = this.relations.between(me.getPersonId(), id);
		model.addAttribute("person", person);
		List<Person> reports = this.people.findByManagerIdOrderByDisplayName(id);
		model.addAttribute("reports", reports);
		model.addAttribute("mentors", this.mentorships.currentMentorsOf(id, today));
		model.addAttribute("mentees", this.mentorships.currentMenteesOf(id, today));
		List<Project> around = this.projects.projectsAround(id);
		model.addAttribute("projects", around);
		// The charts mark the focus skills of the projects the person works on, not of
		// those
		// they only sponsor.
		List<Project> projectsOfPerson = around.stream().filter((p) -> p.getSponsor().getId() != id).toList();
		model.addAttribute("canGiveFeedback", AccessPolicy.canGiveFeedback(relation) && person.isEnabled());
		// Those who may open the history see its charts here, unfiltered.
		Optional<HistoryScope> history = HistoryScope.of(me.getPersonId(), person, relation, HistoryFilter.none());
		model.addAttribute("canViewHistory", history.isPresent());
		history.ifPresent((scope) -> model.addAttribute("charts", this.growth.chartsOf(scope, projectsOfPerson)));
		model.addAttribute("canRecognise", AccessPolicy.canRecognise(me.getPersonId(), id) && person.isEnabled());
		RecognitionService.Received received = this.recognitions.receivedBy(person, !reports.isEmpty());
		model.addAttribute("recognitions", received.latest());
		model.addAttribute("recognitionCount", received.count());
		boolean self = me.getPersonId() == id;
		if (AccessPolicy.canSeeEmergenceOf(me.getPersonId(), id, !self && this.board.visibleTo(me))) {
			model.addAttribute("emergence", received.breakdown());
			model.addAttribute("emergenceSettings", this.board.settings());
		}
		return "people/profile";
	}

}
