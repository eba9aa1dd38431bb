package org.sprout.admin;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.people.Mentorship;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;

@Controller
class MentorshipAdminController {

	private static final String NEW_FORM = "admin/mentorships/new";

	private static final String EDIT_FORM = "admin/mentorships/edit";

	private final MentorshipAdminService service;

	private final Clock clock;

	MentorshipAdminController(MentorshipAdminService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	/**
	 * The list; with {@code added}, the mentorship just added is marked, on the page that
	 * shows it unless another page is asked for.
	 */
	@GetMapping("/admin/mentorships")
	String list(@RequestParam(name = "page", required = false) Integer page,
			@RequestParam(name = "added", required = false) Long added, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		if (page == null && added != null) {
			page = this.service.pageOf(added, today);
		}
		model.addAttribute("today", today);
		model.addAttribute("added", added);
		model.addAttribute("page", this.service.list(today, page));
		return "admin/mentorships/list";
	}

	@GetMapping("/admin/mentorships/new")
	String newMentorship(Model model) {
		model.addAttribute("mentorshipForm", MentorshipForm.startingOn(LocalDate.now(this.clock)));
		return showNewForm(model);
	}

	@PostMapping("/admin/mentorships")
	String add(@Valid @ModelAttribute("mentorshipForm") MentorshipForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showNewForm(model);
		}
		try {
			long id = this.service.add(form).getId();
			Flash.success(redirect, "admin.mentorship.added");
			return "redirect:/admin/mentorships?added=" + id + "#mentorship-" + id;
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return showNewForm(model);
		}
	}

	@GetMapping("/admin/mentorships/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Mentorship mentorship = this.service.find(id);
		model.addAttribute("mentorshipChangeForm", MentorshipChangeForm.of(mentorship));
		model.addAttribute("mentorship", mentorship);
		return EDIT_FORM;
	}

	@PostMapping("/admin/mentorships/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("mentorshipChangeForm") MentorshipChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Mentorship mentorship = this.service.find(id);
		if (!result.hasErrors()) {
			try {
				this.service.change(id, form);
				Flash.success(redirect, "admin.mentorship.saved");
				return "redirect:/admin/mentorships";
			}
			catch (InvalidInput ex) {
				ex.addTo(result);
			}
		}
		model.addAttribute("mentorship", mentorship);
		return EDIT_FORM;
	}

	@PostMapping("/admin/mentorships/{id}/end")
	String end(@PathVariable long id, RedirectAttributes redirect) {
		if (!this.service.end(id, LocalDate.now(this.clock))) {
			// Not current: its dates can be changed on its page instead.
			return "redirect:/admin/mentorships/" + id + "/edit";
		}
		Flash.success(redirect, "admin.mentorship.ended");
		return "redirect:/admin/mentorships";
	}

	private String showNewForm(Model model) {
		model.addAttribute("people", this.service.choices());
		return NEW_FORM;
	}

}
