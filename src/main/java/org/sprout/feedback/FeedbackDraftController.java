package org.sprout.feedback;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.sprout.security.SproutUser;
import org.sprout.web.Flash;

/**
 * Keeping a draft of new feedback: htmx posts the form as the author types (and the page
 * gets back a line saying when it was kept); without JavaScript, "Save draft" and
 * "Discard draft" are buttons of the form. The draft is the author's alone.
 */
@Controller
class FeedbackDraftController {

	private final FeedbackDrafts drafts;

	FeedbackDraftController(FeedbackDrafts drafts) {
		this.drafts = drafts;
	}

	/**
	 * Keeps what the form holds. The form is bound leniently: a field that does not bind
	 * is kept empty, since a draft may be unfinished.
	 */
	@PostMapping("/feedback/draft")
	String save(@ModelAttribute("feedbackForm") FeedbackForm form, BindingResult ignored,
			@RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal SproutUser me,
			Model model, RedirectAttributes redirect) {
		boolean live = "true".equals(htmx);
		try {
			FeedbackDraft draft = this.drafts.save(me.getPersonId(), form);
			if (live) {
				model.addAttribute("draft", draft);
				return "feedback/draft :: status";
			}
			Flash.success(redirect, "draft.saved");
		}
		catch (DataIntegrityViolationException ex) {
			// Two saves of the same new draft at once: one was kept, this one not.
			if (live) {
				model.addAttribute("draftNotSaved", true);
				return "feedback/draft :: status";
			}
			Flash.error(redirect, "draft.notSaved");
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/feedback/new")
			.queryParam("about", form.getAbout())
			.queryParamIfPresent("request", java.util.Optional.ofNullable(form.getRequestId()))
			.toUriString();
	}

	/** Throws the author's draft about the person away, and leaves the form. */
	@PostMapping("/feedback/draft/discard")
	String discard(@RequestParam(name = "about") long about, @AuthenticationPrincipal SproutUser me,
			RedirectAttributes redirect) {
		this.drafts.discard(me.getPersonId(), about);
		Flash.success(redirect, "draft.discarded");
		return "redirect:/people/" + about;
	}

}
