package org.sprout.security;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.web.Flash;

/**
 * The signed-in person's own account: changing their password.
 */
@Controller
class AccountController {

	private static final String FORM = "account/password";

	private final Passwords passwords;

	AccountController(Passwords passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		return FORM;
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		if (!this.passwords.change(me.getPersonId(), form, result)) {
			return FORM;
		}
		Flash.success(redirect, "account.password.changed");
		return "redirect:/";
	}

}
