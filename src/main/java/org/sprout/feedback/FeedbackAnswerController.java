package org.sprout.feedback;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.security.SproutUser;
import org.sprout.web.Flash;

/**
 * The subject answers an entry: acknowledges it, reflects on it.
 */
@Controller
class FeedbackAnswerController {

	private final FeedbackAnswers answers;

	FeedbackAnswerController(FeedbackAnswers answers) {
		this.answers = answers;
	}

	@PostMapping("/feedback/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		this.answers.acknowledge(me.getPersonId(), id);
		Flash.success(redirect, "feedback.acknowledged");
		return "redirect:/feedback/" + id;
	}

	@PostMapping("/feedback/{id}/reflection")
	String reflect(@PathVariable long id, @Valid @ModelAttribute("reflectionForm") ReflectionForm form,
			BindingResult result, @AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		this.answers.answerable(me.getPersonId(), id);
		if (result.hasErrors()) {
			// Back to the entry with the messages and what was typed.
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.reflectionForm", result);
			redirect.addFlashAttribute("reflectionForm", form);
			return "redirect:/feedback/" + id + "#reflection";
		}
		this.answers.reflect(me.getPersonId(), id, form);
		Flash.success(redirect, "feedback.reflected");
		return "redirect:/feedback/" + id;
	}

}
