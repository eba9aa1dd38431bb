package org.sprout.people;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory: everyone, found by name, team or job title. */
@Controller
class PeopleController {

	private final People people;

	PeopleController(People people) {
		this.people = people;
	}

	@GetMapping("/people")
	String directory(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", required = false) Integer page, Model model) {
		model.addAttribute("q", People.searchText(query));
		model.addAttribute("page", this.people.directory(query, page));
		return "people/directory";
	}

	/**
	 * The people a type-ahead offers for the text typed (fragments/people.html): who may
	 * be chosen, "Name · team", at most {@value People#MOST_CHOICES}. Read-only, for
	 * anyone signed in, as the directory is.
	 */
	@GetMapping("/people/choices")
	String choices(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "except", required = false) Long exceptId, Model model) {
		List<Person> found = this.people.choices(query, exceptId);
		model.addAttribute("choices", found.subList(0, Math.min(found.size(), People.MOST_CHOICES)));
		model.addAttribute("more", found.size() > People.MOST_CHOICES);
		return "people/choices :: options";
	}

}
