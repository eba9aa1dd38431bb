package org.sprout.security;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.people.People;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;

/**
 * The signed-in person's own account: changing their password, and whether they welcome
 * feedback from any colleague.
 */
@Controller
class AccountController {

	private static final String FORM = "account/password";

	private final Passwords passwords;

	private final People people;

	AccountController(Passwords passwords, People people) {
		this.passwords = passwords;
		this.people = people;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		return FORM;
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		// Whatever the form refused itself is not checked again; all else is said at
		// once.
		String current = result.hasFieldErrors("currentPassword") ? null : form.getCurrentPassword();
		String fresh = result.hasFieldErrors("newPassword") ? null : form.getNewPassword();
		try {
			if (result.hasErrors()) {
				this.passwords.checkChange(me.getPersonId(), current, fresh);
				return FORM;
			}
			this.passwords.change(me.getPersonId(), current, fresh);
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return FORM;
		}
		Flash.success(redirect, "account.password.changed");
		return "redirect:/";
	}

	/**
	 * "Anyone may give me feedback", ticked or not on the person's own profile: an
	 * unticked box sends nothing, which means no.
	 */
	@PostMapping("/account/welcomes-feedback")
	String welcomeFeedback(@RequestParam(name = "welcomes", defaultValue = "false") boolean welcomes,
			@AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		this.people.welcomeFeedback(me.getPersonId(), welcomes);
		Flash.success(redirect, welcomes ? "profile.welcomes.on" : "profile.welcomes.off");
		return "redirect:/people/" + me.getPersonId() + "#welcomes";
	}

}
