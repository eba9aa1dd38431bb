package org.sprout.admin;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.sprout.security.SproutUser;
import org.sprout.web.EditConflict;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;

/**
 * People: the list, adding someone, and editing them. An edit carries the version it
 * started from; saving over a newer version sends the admin back to the current one, with
 * what they typed listed beside it.
 */
@Controller
class PersonAdminController {

	private static final String FORM = "admin/people/form";

	/** The flash attribute carrying a refused edit to the page of the current version. */
	static final String UNSAVED_EDIT = "unsavedEdit";

	private final PersonAdminService service;

	PersonAdminController(PersonAdminService service) {
		this.service = service;
	}

	/**
	 * The list; with {@code added}, the person just added is marked, on the page that
	 * shows them unless a search or another page is asked for.
	 */
	@GetMapping("/admin/people")
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", required = false) Integer page,
			@RequestParam(name = "added", required = false) Long added, Model model) {
		if (page == null && added != null && query.isBlank()) {
			page = this.service.pageOf(added);
		}
		model.addAttribute("added", added);
		model.addAttribute("q", query.strip());
		model.addAttribute("page", this.service.list(query, page));
		return "admin/people/list";
	}

	@GetMapping("/admin/people/new")
	String newPerson(Model model) {
		model.addAttribute("personForm", new PersonForm());
		return showForm(null, model);
	}

	@PostMapping("/admin/people")
	String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			Person person = this.service.create(form);
			Flash.success(redirect, "admin.person.created");
			return "redirect:/admin/people/" + person.getId() + "/password";
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return showForm(null, model);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone took the username between the check and the insert.
			result.rejectValue("username", "admin.person.username.taken");
			return showForm(null, model);
		}
	}

	@GetMapping("/admin/people/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Person person = this.service.find(id);
		model.addAttribute("personForm", PersonForm.of(person));
		if (model.getAttribute(UNSAVED_EDIT) instanceof PersonForm unsaved) {
			model.addAttribute("unsavedChanges", this.service.unsavedChanges(unsaved, person));
		}
		return showForm(person, model);
	}

	@PostMapping("/admin/people/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		try {
			this.service.checkCurrent(id, form.getVersion());
			if (result.hasErrors()) {
				return showForm(this.service.find(id), model);
			}
			this.service.update(me.getPersonId(), id, form);
			Flash.success(redirect, "admin.person.saved");
			return "redirect:/admin/people/" + id + "/edit";
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return showForm(this.service.find(id), model);
		}
		catch (EditConflict ex) {
			redirect.addFlashAttribute(UNSAVED_EDIT, form);
			return "redirect:/admin/people/" + id + "/edit";
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("username", "admin.person.username.taken");
			return showForm(this.service.find(id), model);
		}
	}

	private String showForm(Person person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("managers", this.service.managerChoices(person));
		return FORM;
	}

}
