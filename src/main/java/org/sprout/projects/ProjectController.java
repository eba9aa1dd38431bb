package org.sprout.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

import org.sprout.people.People;
import org.sprout.security.SproutUser;
import org.sprout.skills.SkillFramework;
import org.sprout.web.EditConflict;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;

/**
 * The list of projects, and creating and editing one (its page is in the pages layer).
 */
@Controller
class ProjectController {

	private static final String FORM = "projects/form";

	private final ProjectService service;

	private final People people;

	private final SkillFramework skills;

	private final Clock clock;

	ProjectController(ProjectService service, People people, SkillFramework skills, Clock clock) {
		this.service = service;
		this.people = people;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping("/projects")
	String list(@RequestParam(name = "page", required = false) Integer page, @AuthenticationPrincipal SproutUser me,
			Model model) {
		model.addAttribute("page", this.service.list(page));
		model.addAttribute("canCreate", this.service.canCreate(me.getPersonId(), me.isAdmin()));
		return "projects/list";
	}

	@GetMapping("/projects/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		Project project = this.service.editable(me.getPersonId(), id);
		model.addAttribute("projectForm", ProjectForm.of(project));
		return showForm(project, model);
	}

	@PostMapping("/projects/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		Project project = this.service.editable(me.getPersonId(), id);
		if (result.hasErrors()) {
			return showForm(project, model);
		}
		try {
			this.service.update(me.getPersonId(), id, form);
			Flash.success(redirect, "project.updated");
			return "redirect:/projects/" + id;
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return showForm(project, model);
		}
		catch (EditConflict ex) {
			// Someone saved a newer version meanwhile: what was typed stays, on top of
			// it.
			result.reject("project.conflict");
			Project current = this.service.editable(me.getPersonId(), id);
			form.setVersion(current.getVersion());
			return showForm(current, model);
		}
	}

	@GetMapping("/projects/new")
	String newProject(@RequestParam(name = "lead", required = false) Long leadId,
			@RequestParam(name = "focus", required = false) List<Long> focus, @AuthenticationPrincipal SproutUser me,
			Model model) {
		this.service.checkCanCreate(me.getPersonId(), me.isAdmin());
		ProjectForm form = new ProjectForm();
		form.setSponsorId(me.getPersonId());
		form.setLeadId(leadId);
		form.setFocusSkillIds(focus);
		form.setStartDate(LocalDate.now(this.clock));
		model.addAttribute("projectForm", form);
		return showForm(model);
	}

	@PostMapping("/projects")
	String create(@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		this.service.checkCanCreate(me.getPersonId(), me.isAdmin());
		if (result.hasErrors()) {
			return showForm(model);
		}
		try {
			Project project = this.service.create(me.getPersonId(), me.isAdmin(), form);
			Flash.success(redirect, "project.saved");
			return "redirect:/projects/" + project.getId();
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return showForm(model);
		}
	}

	private String showForm(Project editing, Model model) {
		model.addAttribute("editing", editing);
		return showForm(model);
	}

	private String showForm(Model model) {
		model.addAttribute("people", this.people.enabled());
		model.addAttribute("skills", this.skills.offered());
		return FORM;
	}

}
