package org.sprout.feedback;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.people.Person;
import org.sprout.projects.ProjectRepository;
import org.sprout.security.SproutUser;
import org.sprout.skills.SkillRepository;
import org.sprout.web.Flash;

@Controller
class FeedbackController {

	private static final String FORM = "feedback/form";

	private final FeedbackService feedback;

	private final SkillRepository skills;

	private final ProjectRepository projects;

	FeedbackController(FeedbackService feedback, SkillRepository skills, ProjectRepository projects) {
		this.feedback = feedback;
		this.skills = skills;
		this.projects = projects;
	}

	@GetMapping("/feedback/new")
	String newEntry(@RequestParam(name = "about", required = false) Long about, @AuthenticationPrincipal SproutUser me,
			Model model) {
		Person subject = this.feedback.subjectFor(me.getPersonId(), about);
		model.addAttribute("feedbackForm", FeedbackForm.about(subject.getId()));
		return showForm(subject, model);
	}

	@PostMapping("/feedback")
	String create(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		Person subject = this.feedback.subjectFor(me.getPersonId(), form.getAbout());
		if (result.hasErrors()) {
			return showForm(subject, model);
		}
		return this.feedback.create(me.getPersonId(), form, result).map((entry) -> {
			Flash.success(redirect, "feedback.saved");
			return "redirect:/feedback/" + entry.getId();
		}).orElseGet(() -> showForm(subject, model));
	}

	@GetMapping("/feedback/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		model.addAttribute("entry", this.feedback.read(me.getPersonId(), id));
		return "feedback/show";
	}

	private String showForm(Person subject, Model model) {
		model.addAttribute("subject", subject);
		model.addAttribute("skills", this.skills.findByRetiredFalseOrderByPositionAsc());
		model.addAttribute("projects", this.projects.projectsOf(subject.getId()));
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("visibilities", Visibility.values());
		return FORM;
	}

}
