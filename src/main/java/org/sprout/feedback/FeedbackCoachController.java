package org.sprout.feedback;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import org.sprout.feedback.coach.FeedbackCoach;

/**
 * Live hints while a draft is typed: the form posts what it holds (htmx), the coach reads
 * it and the hints come back: the panel, and out of band the hints under each field. Only
 * the posted text is read, nothing from the database, so anyone signed in may ask.
 */
@Controller
class FeedbackCoachController {

	private final FeedbackCoach coach;

	FeedbackCoachController(FeedbackCoach coach) {
		this.coach = coach;
	}

	/**
	 * The draft is bound leniently: a field that does not bind (a bad kind) is read as
	 * not given.
	 */
	@PostMapping("/feedback/coach")
	String coach(@ModelAttribute("draft") FeedbackForm draft, BindingResult ignored, Model model) {
		model.addAttribute("coaching", this.coach.review(draft.toDraft()));
		return "feedback/coach :: live";
	}

}
