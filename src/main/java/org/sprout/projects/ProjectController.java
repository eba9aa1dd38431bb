package org.sprout.projects;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
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

import org.sprout.people.PersonRepository;
import org.sprout.security.SproutUser;
import org.sprout.skills.SkillRepository;
import org.sprout.web.Flash;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;

@Controller
class ProjectController {

	private static final String FORM = "projects/form";

	private final ProjectService service;

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final SkillRepository skills;

	ProjectController(ProjectService service, ProjectRepository projects, PersonRepository people,
			SkillRepository skills) {
		this.service = service;
		this.projects = projects;
		this.people = people;
		this.skills = skills;
	}

	@GetMapping("/projects")
	String list(@RequestParam(name = "page", required = false) Integer page, @AuthenticationPrincipal SproutUser me,
			Model model) {
		Sort sort = Sort.by(Sort.Order.asc("status"), Sort.Order.desc("startDate"), Sort.Order.asc("id"));
		model.addAttribute("page", this.projects.list(Paging.page(page, sort)));
		model.addAttribute("canCreate", this.service.canCreate(me));
		return "projects/list";
	}

	@GetMapping("/projects/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("project", this.projects.findForPage(id).orElseThrow(NotFoundException::new));
		return "projects/show";
	}

	@GetMapping("/projects/new")
	String newProject(@RequestParam(name = "lead", required = false) Long leadId,
			@AuthenticationPrincipal SproutUser me, Model model) {
		this.service.checkCanCreate(me);
		ProjectForm form = new ProjectForm();
		form.setSponsorId(me.getPersonId());
		form.setLeadId(leadId);
		form.setStartDate(LocalDate.now());
		model.addAttribute("projectForm", form);
		return showForm(model);
	}

	@PostMapping("/projects")
	String create(@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		this.service.checkCanCreate(me);
		if (result.hasErrors()) {
			return showForm(model);
		}
		return this.service.create(me, form, result).map((project) -> {
			Flash.success(redirect, "project.saved");
			return "redirect:/projects/" + project.getId();
		}).orElseGet(() -> showForm(model));
	}

	private String showForm(Model model) {
		model.addAttribute("people", this.people.findByEnabledTrueOrderByDisplayName());
		model.addAttribute("skills", this.skills.findByRetiredFalseOrderByPositionAsc());
		return FORM;
	}

}
