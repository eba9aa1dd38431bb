package org.sprout.admin;

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

import org.sprout.people.Person;
import org.sprout.security.Passwords;
import org.sprout.security.SproutUser;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;

/**
 * Accounts: setting someone's password, and switching their account off and on. A
 * deactivated person cannot sign in; everything they wrote and received stays.
 */
@Controller
class AccountAdminController {

	private static final String PASSWORD_FORM = "admin/people/password";

	private final PersonAdminService people;

	private final Passwords passwords;

	AccountAdminController(PersonAdminService people, Passwords passwords) {
		this.people = people;
		this.passwords = passwords;
	}

	@GetMapping("/admin/people/{id}/password")
	String passwordForm(@PathVariable long id, Model model) {
		model.addAttribute("person", this.people.find(id));
		model.addAttribute("passwordResetForm", new PasswordResetForm());
		return PASSWORD_FORM;
	}

	@PostMapping("/admin/people/{id}/password")
	String setPassword(@PathVariable long id, @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = this.people.find(id);
		String fresh = result.hasFieldErrors("newPassword") ? null : form.getNewPassword();
		try {
			if (result.hasErrors()) {
				this.passwords.checkNew(id, fresh);
			}
			else if (person.getPasswordHash() == null) {
				// The last step of adding someone: the list shows where they are.
				this.passwords.set(id, fresh);
				Flash.success(redirect, "admin.person.firstPasswordSet");
				return "redirect:/admin/people?added=" + id + "#person-" + id;
			}
			else {
				this.passwords.set(id, fresh);
				Flash.success(redirect, "admin.person.passwordSet");
				return "redirect:/admin/people/" + id + "/edit";
			}
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
		}
		model.addAttribute("person", person);
		return PASSWORD_FORM;
	}

	@PostMapping("/admin/people/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		this.people.setEnabled(me.getPersonId(), id, false);
		Flash.success(redirect, "admin.person.deactivated");
		return "redirect:/admin/people/" + id + "/edit";
	}

	@PostMapping("/admin/people/{id}/reactivate")
	String reactivate(@PathVariable long id, @AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		this.people.setEnabled(me.getPersonId(), id, true);
		Flash.success(redirect, "admin.person.reactivated");
		return "redirect:/admin/people/" + id + "/edit";
	}

}
