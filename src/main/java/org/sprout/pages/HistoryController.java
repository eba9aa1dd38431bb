package org.sprout.pages;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackService;
import org.sprout.feedback.HistoryFilter;
import org.sprout.feedback.HistoryScope;
import org.sprout.growth.GrowthService;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectService;
import org.sprout.security.SproutUser;
import org.sprout.skills.SkillFramework;

@Controller
class HistoryController {

	private final FeedbackService feedback;

	private final SkillFramework skills;

	private final ProjectService projects;

	private final GrowthService growth;

	HistoryController(FeedbackService feedback, SkillFramework skills, ProjectService projects, GrowthService growth) {
		this.feedback = feedback;
		this.skills = skills;
		this.projects = projects;
		this.growth = growth;
	}

	@GetMapping("/people/{id}/feedback")
	String history(@PathVariable long id, @ModelAttribute("filter") HistoryFilter filter, BindingResult binding,
			@AuthenticationPrincipal SproutUser me, Model model) {
		// A malformed filter value is shown as an error and the unfiltered history
		// instead.
		HistoryFilter applied = HistoryFilter.unlessRejected(filter, binding.hasErrors());
		HistoryScope scope = this.feedback.scopeOf(me.getPersonId(), id, applied);
		FeedbackService.History history = this.feedback.historyOf(scope);
		List<Project> projectsOfPerson = this.projects.projectsWithFocusSkillsOf(id);
		model.addAttribute("filter", applied);
		model.addAttribute("filterRejected", binding.hasErrors());
		model.addAttribute("person", scope.subject());
		var charts = this.growth.chartsOf(scope, projectsOfPerson);
		model.addAttribute("page", history.page(charts.total()));
		model.addAttribute("self", me.getPersonId() == id);
		model.addAttribute("skills", this.skills.all());
		model.addAttribute("projects", projectsOfPerson);
		model.addAttribute("charts", charts);
		model.addAttribute("authors", history.authors());
		model.addAttribute("kinds", FeedbackKind.values());
		return "feedback/history";
	}

}
