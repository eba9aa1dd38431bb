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
import org.sprout.web.InvalidInput;

/**
 * The subject answers an entry: acknowledges it, reflects on it, marks their commitment
 * on it done.
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
			return "redirect:/feedback/" + id + "#error-summary";
		}
		this.answers.reflect(me.getPersonId(), id, form);
		Flash.success(redirect, "feedback.reflected");
		return "redirect:/feedback/" + id;
	}

	/**
	 * The subject marks their commitment done, from the entry, the dashboard or their
	 * profile, and goes back there.
	 */
	@PostMapping("/feedback/{id}/commitment")
	String commitmentDone(@PathVariable long id, @Valid @ModelAttribute("commitmentForm") CommitmentDoneForm form,
			BindingResult result, @AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		this.answers.answerable(me.getPersonId(), id);
		CommitmentDoneForm.Back back = (result.hasFieldErrors("back") || form.back() == null)
				? CommitmentDoneForm.Back.ENTRY : form.back();
		if (result.hasFieldErrors("note")) {
			Flash.error(redirect, "commitment.note.tooLong");
		}
		else {
			try {
				this.answers.markCommitmentDone(me.getPersonId(), id, form.note());
				Flash.success(redirect, "commitment.done");
			}
			catch (InvalidInput ex) {
				Flash.error(redirect, "commitment.notOpen");
			}
		}
		return switch (back) {
			case DASHBOARD -> "redirect:/#my-commitments";
			case PROFILE -> "redirect:/people/" + me.getPersonId() + "#my-commitments";
			case ENTRY -> "redirect:/feedback/" + id + "#answer";
		};
	}

}
