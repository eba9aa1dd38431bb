package org.sprout.feedback;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.projects.ProjectRepository;
import org.sprout.security.SproutUser;
import org.sprout.skills.SkillRepository;
import org.sprout.web.NotFoundException;

@Controller
class FeedbackHistoryController {

	private final FeedbackService feedback;

	private final PersonRepository people;

	private final SkillRepository skills;

	private final ProjectRepository projects;

	FeedbackHistoryController(FeedbackService feedback, PersonRepository people, SkillRepository skills,
			ProjectRepository projects) {
		this.feedback = feedback;
		this.people = people;
		this.skills = skills;
		this.projects = projects;
	}

	@GetMapping("/people/{id}/feedback")
	String history(@PathVariable long id, @ModelAttribute("filter") HistoryFilter filter, BindingResult binding,
			@AuthenticationPrincipal SproutUser me, Model model) {
		Person person = this.people.findById(id).orElseThrow(NotFoundException::new);
		// A malformed filter value is shown as an error and the unfiltered history
		// instead.
		HistoryFilter applied = (filter == null || binding.hasErrors()) ? HistoryFilter.none() : filter;
		FeedbackService.History history = this.feedback.historyOf(me.getPersonId(), id, applied);
		model.addAttribute("filter", applied);
		model.addAttribute("filterRejected", binding.hasErrors());
		model.addAttribute("person", person);
		model.addAttribute("page", history.page());
		model.addAttribute("self", me.getPersonId() == id);
		model.addAttribute("skills", this.skills.findAllByOrderByPositionAsc());
		model.addAttribute("projects", this.projects.projectsOf(id));
		model.addAttribute("authors", history.authors());
		model.addAttribute("kinds", FeedbackKind.values());
		return "feedback/history";
	}

}
