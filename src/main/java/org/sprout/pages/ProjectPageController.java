package org.sprout.pages;

import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.projects.ActivationForm;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectService;
import org.sprout.projects.RetrospectiveForm;
import org.sprout.security.SproutUser;
import org.sprout.web.Flash;
import org.sprout.web.ForbiddenException;
import org.sprout.web.InvalidInput;

/**
 * A project's page (what happened on it: feedback, requests, recognitions) and the steps
 * taken from it: starting, closing, the retrospective.
 */
@Controller
class ProjectPageController {

	private final ProjectService service;

	private final ProjectOverviews overviews;

	ProjectPageController(ProjectService service, ProjectOverviews overviews) {
		this.service = service;
		this.overviews = overviews;
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

	@PostMapping("/projects/{id}/activate")
	String activate(@PathVariable long id, @Valid @ModelAttribute("activationForm") ActivationForm form,
			BindingResult result, @AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.service.activate(me.getPersonId(), id, form);
				Flash.success(redirect, "project.activated");
				return "redirect:/projects/" + id;
			}
			catch (InvalidInput ex) {
				ex.addTo(result);
			}
		}
		if (result.hasGlobalErrors()) {
			// Not planned any more (started or closed meanwhile): the page says where it
			// is.
			Flash.error(redirect, result.getGlobalError().getCode());
			return "redirect:/projects/" + id;
		}
		ProjectOverview overview = this.overviews.overview(id);
		if (!ProjectService.canSteer(me.getPersonId(), overview.project())) {
			throw new ForbiddenException("project.steer.notAllowed");
		}
		model.addAttribute("retrospectiveForm", RetrospectiveForm.of(overview.project()));
		return show(overview, me, model);
	}

	@PostMapping("/projects/{id}/close")
	String close(@PathVariable long id, @AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		Optional<Project> closed = this.service.close(me.getPersonId(), id);
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
		this.service.retrospectiveOf(me.getPersonId(), id);
		if (result.hasErrors()) {
			ProjectOverview overview = this.overviews.overview(id);
			model.addAttribute("activationForm", ActivationForm.of(overview.project()));
			return show(overview, me, model);
		}
		this.service.writeRetrospective(me.getPersonId(), id, form);
		Flash.success(redirect, "project.retrospective.saved");
		return "redirect:/projects/" + id;
	}

	private String show(ProjectOverview overview, SproutUser me, Model model) {
		Project project = overview.project();
		model.addAttribute("overview", overview);
		model.addAttribute("project", project);
		model.addAttribute("canSteer", ProjectService.canSteer(me.getPersonId(), project));
		model.addAttribute("seesFeedback", this.service.seesFeedback(me.getPersonId(), project));
		model.addAttribute("isLead", project.getLead().getId() == me.getPersonId());
		model.addAttribute("isSponsor", project.getSponsor().getId() == me.getPersonId());
		return "projects/show";
	}

}
