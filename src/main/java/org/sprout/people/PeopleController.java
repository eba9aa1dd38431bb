package org.sprout.people;

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

}
