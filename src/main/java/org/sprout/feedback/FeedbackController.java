package org.sprout.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

import org.sprout.feedback.coach.FeedbackCoach;
import org.sprout.people.Person;
import org.sprout.projects.ProjectService;
import org.sprout.requests.FeedbackRequest;
import org.sprout.security.AccessPolicy;
import org.sprout.security.SproutUser;
import org.sprout.skills.SkillFramework;
import org.sprout.web.EditConflict;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;

@Controller
class FeedbackController {

	private static final Logger log = LoggerFactory.getLogger(FeedbackController.class);

	private static final String FORM = "feedback/form";

	private final FeedbackService feedback;

	private final Readers readers;

	private final FeedbackRevisions revisions;

	private final SkillFramework skills;

	private final ProjectService projects;

	private final FeedbackCoach coach;

	private final Clock clock;

	private final FeedbackDrafts drafts;

	private final Balances balances;

	FeedbackController(FeedbackService feedback, Readers readers, FeedbackRevisions revisions, SkillFramework skills,
			ProjectService projects, FeedbackCoach coach, Clock clock, FeedbackDrafts drafts, Balances balances) {
		this.balances = balances;
		this.clock = clock;
		this.drafts = drafts;
		this.feedback = feedback;
		this.readers = readers;
		this.revisions = revisions;
		this.skills = skills;
		this.projects = projects;
		this.coach = coach;
	}

	@GetMapping("/feedback/new")
	String newEntry(@RequestParam(name = "about", required = false) Long about,
			@RequestParam(name = "request", required = false) Long requestId,
			@RequestParam(name = "project", required = false) Long projectId, @AuthenticationPrincipal SproutUser me,
			Model model) {
		FeedbackRequest request = (requestId != null) ? this.feedback.requestToAnswer(me.getPersonId(), requestId)
				: null;
		Long subjectId = (request != null) ? request.getRequester().getId() : about;
		FeedbackService.Writing writing = this.feedback.writingAbout(me.getPersonId(), subjectId);
		Person subject = writing.subject();
		FeedbackForm form = FeedbackForm.about(subject.getId(), LocalDate.now(this.clock));
		form.setProjectId(projectId);
		if (request != null) {
			form.setRequestId(request.getId());
			form.setProjectId((request.getProject() != null) ? request.getProject().getId() : null);
			form.setSkillIds(new java.util.ArrayList<>(request.getSkills().stream().map((s) -> s.getId()).toList()));
		}
		Optional<FeedbackDraft> draft = this.drafts.of(me.getPersonId(), subject.getId());
		if (draft.isPresent()) {
			// The author comes back: what they typed, as they left it.
			form = restore(draft.get(), request, me);
			model.addAttribute("draft", draft.get());
			model.addAttribute("draftRestored", true);
			if (request == null && form.getRequestId() != null) {
				request = this.feedback.requestToAnswer(me.getPersonId(), form.getRequestId());
			}
		}
		if (request != null) {
			model.addAttribute("request", request);
		}
		model.addAttribute("feedbackForm", form);
		return showForm(writing, null, me, model);
	}

	/**
	 * The form as the draft left it. The request it answered still counts only when it is
	 * still open to the author; one opened from a link counts whatever the draft said.
	 */
	private FeedbackForm restore(FeedbackDraft draft, FeedbackRequest request, SproutUser me) {
		FeedbackForm form = draft.toForm();
		if (form.getObservedOn() == null) {
			form.setObservedOn(LocalDate.now(this.clock));
		}
		if (request != null) {
			form.setRequestId(request.getId());
		}
		else if (form.getRequestId() != null && !this.drafts.answersOpenRequest(me.getPersonId(), draft)) {
			form.setRequestId(null);
		}
		return form;
	}

	@PostMapping("/feedback")
	String create(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		FeedbackService.Writing writing = this.feedback.writingAbout(me.getPersonId(), form.getAbout());
		if (form.getRequestId() != null) {
			model.addAttribute("request", this.feedback.requestToAnswer(me.getPersonId(), form.getRequestId()));
		}
		if (result.hasErrors()) {
			keepDraft(me, form, model);
			return showForm(writing, null, me, model);
		}
		try {
			FeedbackEntry entry = this.feedback.create(me.getPersonId(), form);
			Flash.success(redirect, "feedback.saved");
			return "redirect:/feedback/" + entry.getId();
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			keepDraft(me, form, model);
			return showForm(writing, null, me, model);
		}
	}

	/**
	 * "Check with the coach" without JavaScript: the form comes back with the coach's
	 * hints on what it holds, and nothing is saved or validated yet.
	 */
	@PostMapping(path = "/feedback", params = "check")
	String checkNew(@ModelAttribute("feedbackForm") FeedbackForm form, BindingResult ignored,
			@AuthenticationPrincipal SproutUser me, Model model) {
		FeedbackService.Writing writing = this.feedback.writingAbout(me.getPersonId(), form.getAbout());
		if (form.getRequestId() != null) {
			model.addAttribute("request", this.feedback.requestToAnswer(me.getPersonId(), form.getRequestId()));
		}
		return showForm(writing, null, me, model);
	}

	/** The same for an entry being edited. */
	@PostMapping(path = "/feedback/{id}", params = "check")
	String checkEdit(@PathVariable long id, @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult ignored,
			@AuthenticationPrincipal SproutUser me, Model model) {
		FeedbackEntry entry = this.feedback.editable(me.getPersonId(), id);
		return showForm(entry.getSubject(), entry, me, model);
	}

	/**
	 * A refused submit keeps what was typed as a draft, so that nothing is lost if the
	 * author leaves the page now. The page is shown whether or not it could be kept.
	 */
	private void keepDraft(SproutUser me, FeedbackForm form, Model model) {
		try {
			model.addAttribute("draft", this.drafts.save(me.getPersonId(), form));
		}
		catch (RuntimeException ex) {
			log.warn("Could not keep the draft of a refused feedback form", ex);
		}
	}

	@GetMapping("/feedback/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		FeedbackEntry entry = this.feedback.read(me.getPersonId(), id);
		boolean canAnswer = AccessPolicy.canAnswer(me.getPersonId(), entry.getSubject().getId(),
				!entry.isPrivateNote());
		model.addAttribute("entry", entry);
		this.feedback.requestAnsweredBy(me.getPersonId(), entry)
			.ifPresent((request) -> model.addAttribute("answeredRequest", request));
		model.addAttribute("canEdit", AccessPolicy.canEdit(me.getPersonId(), entry.getAuthor().getId()));
		model.addAttribute("canAnswer", canAnswer);
		// A rejected reflection comes back through flash attributes, with its errors.
		model.addAttribute("reflectionRejected",
				model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "reflectionForm"));
		if (canAnswer && !model.containsAttribute("reflectionForm")) {
			model.addAttribute("reflectionForm", ReflectionForm.of(entry));
		}
		return "feedback/show";
	}

	@GetMapping("/feedback/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		FeedbackEntry entry = this.feedback.editable(me.getPersonId(), id);
		model.addAttribute("feedbackForm", FeedbackForm.of(entry));
		return showForm(entry.getSubject(), entry, me, model);
	}

	@PostMapping("/feedback/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		FeedbackEntry entry = this.feedback.editable(me.getPersonId(), id);
		if (result.hasErrors()) {
			return showForm(entry.getSubject(), entry, me, model);
		}
		try {
			this.feedback.update(me.getPersonId(), id, form);
			Flash.success(redirect, "feedback.updated");
			return "redirect:/feedback/" + id;
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
		}
		catch (EditConflict ex) {
			// Someone saved a newer version: it is shown beside what was typed, which
			// saves over it once the author has seen it.
			result.reject("feedback.conflict");
			FeedbackEntry current = this.feedback.editable(me.getPersonId(), id);
			model.addAttribute("current", current);
			form.setVersion(current.getVersion());
			return showForm(current.getSubject(), current, me, model);
		}
		return showForm(entry.getSubject(), entry, me, model);
	}

	@GetMapping("/feedback/{id}/share")
	String confirmShare(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		FeedbackEntry entry = this.feedback.editable(me.getPersonId(), id);
		model.addAttribute("entry", entry);
		model.addAttribute("readers", this.readers.of(me.getPersonId(), entry.getSubject().getId(), true));
		return "feedback/share";
	}

	@PostMapping("/feedback/{id}/share")
	String share(@PathVariable long id, @AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		this.feedback.share(me.getPersonId(), id);
		Flash.success(redirect, "feedback.shared");
		return "redirect:/feedback/" + id;
	}

	@GetMapping("/feedback/{id}/revisions")
	String revisions(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		FeedbackRevisions.Versions versions = this.revisions.of(me.getPersonId(), id);
		model.addAttribute("versions", versions.versions());
		model.addAttribute("entry", versions.current());
		return "feedback/revisions";
	}

	private String showForm(Person subject, FeedbackEntry editing, SproutUser me, Model model) {
		return showForm(this.feedback.editingAbout(me.getPersonId(), subject), editing, me, model);
	}

	private String showForm(FeedbackService.Writing writing, FeedbackEntry editing, SproutUser me, Model model) {
		Person subject = writing.subject();
		model.addAttribute("subject", subject);
		model.addAttribute("editing", editing);
		model.addAttribute("skills", this.skills.offered());
		model.addAttribute("projects", this.projects.projectsOf(subject.getId()));
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("sharedReaders",
				this.readers.of(me.getPersonId(), subject, true, writing.around().holders()));
		model.addAttribute("commitments", this.feedback.openCommitmentsFor(me.getPersonId(), writing));
		model.addAttribute("balance", this.balances.of(me.getPersonId()));
		// The hints for what the form already holds (editing, or sent back with errors).
		FeedbackForm form = (FeedbackForm) model.getAttribute("feedbackForm");
		if (form != null && form.hasText()) {
			model.addAttribute("coaching", this.coach.review(form.toDraft()));
		}
		return FORM;
	}

}
