package org.sprout.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one flash-message mechanism: a message key shown once by the layout after a
 * redirect.
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("flashSuccess", messageKey);
	}

	public static void error(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("flashError", messageKey);
	}

}
