package org.sprout.projects;

import java.time.LocalDate;
import java.util.Optional;

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
import org.sprout.web.ForbiddenException;
import org.sprout.web.Paging;

@Controller
class ProjectController {

	private static final String FORM = "projects/form";

	private final ProjectService service;

	private final ProjectOverviews overviews;

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final SkillRepository skills;

	ProjectController(ProjectService service, ProjectOverviews overviews, ProjectRepository projects,
			PersonRepository people, SkillRepository skills) {
		this.service = service;
		this.overviews = overviews;
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
	String show(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		ProjectOverview overview = this.overviews.overview(id);
		if (!model.containsAttribute("activationForm")) {
			model.addAttribute("activationForm", ActivationForm.of(overview.project()));
		}
		if (!model.containsAttribute("retrospectiveForm")) {
			model.addAttribute("retrospectiveForm", RetrospectiveForm.of(overview.project()));
		}
		return show(overview, me, model);
	}

	@GetMapping("/projects/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		Project project = this.service.editable(me, id);
		model.addAttribute("projectForm", ProjectForm.of(project));
		return showForm(project, model);
	}

	@PostMapping("/projects/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		Project project = this.service.editable(me, id);
		if (!result.hasErrors() && this.service.update(me, id, form, result)) {
			Flash.success(redirect, "project.updated");
			return "redirect:/projects/" + id;
		}
		if (result.hasGlobalErrors()) {
			// Someone saved a newer version meanwhile: start again from it.
			form.setVersion(project.getVersion());
		}
		return showForm(project, model);
	}

	@PostMapping("/projects/{id}/activate")
	String activate(@PathVariable long id, @Valid @ModelAttribute("activationForm") ActivationForm form,
			BindingResult result, @AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.service.activate(me, id, form, result)) {
			Flash.success(redirect, "project.activated");
			return "redirect:/projects/" + id;
		}
		if (result.hasGlobalErrors()) {
			// Not planned any more (started or closed meanwhile): the page says where it
			// is.
			Flash.error(redirect, result.getGlobalError().getCode());
			return "redirect:/projects/" + id;
		}
		ProjectOverview overview = this.overviews.overview(id);
		if (!ProjectService.canSteer(me, overview.project())) {
			throw new ForbiddenException("project.steer.notAllowed");
		}
		model.addAttribute("retrospectiveForm", RetrospectiveForm.of(overview.project()));
		return show(overview, me, model);
	}

	@PostMapping("/projects/{id}/close")
	String close(@PathVariable long id, @AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		Optional<Project> closed = this.service.close(me, id);
		if (closed.isEmpty()) {
			Flash.error(redirect, "project.close.notActive");
			return "redirect:/projects/" + id;
		}
		Project project = closed.get();
		if (project.getSponsor().getId() == me.getPersonId()) {
			Flash.success(redirect, "project.closed.sponsor");
			return "redirect:/feedback/new?about=" + project.getLead().getId() + "&project=" + id;
		}
		Flash.success(redirect, "project.closed.lead");
		return "redirect:/projects/" + id + "#retrospective-form";
	}

	@PostMapping("/projects/{id}/retrospective")
	String retrospective(@PathVariable long id, @Valid @ModelAttribute("retrospectiveForm") RetrospectiveForm form,
			BindingResult result, @AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		this.service.retrospectiveOf(me, id);
		if (result.hasErrors()) {
			ProjectOverview overview = this.overviews.overview(id);
			model.addAttribute("activationForm", ActivationForm.of(overview.project()));
			return show(overview, me, model);
		}
		this.service.writeRetrospective(me, id, form);
		Flash.success(redirect, "project.retrospective.saved");
		return "redirect:/projects/" + id;
	}

	private String show(ProjectOverview overview, SproutUser me, Model model) {
		Project project = overview.project();
		model.addAttribute("overview", overview);
		model.addAttribute("project", project);
		model.addAttribute("canSteer", ProjectService.canSteer(me, project));
		model.addAttribute("seesFeedback", this.service.seesFeedback(me, project));
		model.addAttribute("isLead", project.getLead().getId() == me.getPersonId());
		model.addAttribute("isSponsor", project.getSponsor().getId() == me.getPersonId());
		return "projects/show";
	}

	@GetMapping("/projects/new")
	String newProject(@RequestParam(name = "lead", required = false) Long leadId,
			@RequestParam(name = "focus", required = false) java.util.List<Long> focus,
			@AuthenticationPrincipal SproutUser me, Model model) {
		this.service.checkCanCreate(me);
		ProjectForm form = new ProjectForm();
		form.setSponsorId(me.getPersonId());
		form.setLeadId(leadId);
		form.setFocusSkillIds(focus);
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

	private String showForm(Project editing, Model model) {
		model.addAttribute("editing", editing);
		return showForm(model);
	}

	private String showForm(Model model) {
		model.addAttribute("people", this.people.findByEnabledTrueOrderByDisplayName());
		model.addAttribute("skills", this.skills.findByRetiredFalseOrderByPositionAsc());
		return FORM;
	}

}
