package org.sprout.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.people.AccountChanged;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.people.ReportingLines;
import org.sprout.web.ForbiddenException;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;

/**
 * Adding and editing people and switching their accounts on and off. An admin can never
 * lock themselves out: they keep their own admin flag and account.
 */
@Service
@Transactional(readOnly = true)
public class PersonAdminService {

	private static final int MAX_QUERY = 100;

	private final PersonRepository people;

	private final ApplicationEventPublisher events;

	PersonAdminService(PersonRepository people, ApplicationEventPublisher events) {
		this.people = people;
		this.events = events;
	}

	public Page<Person> list(String query, Integer page) {
		String q = query.strip();
		q = (q.length() > MAX_QUERY) ? q.substring(0, MAX_QUERY) : q;
		return this.people.adminList(PersonRepository.literal(q), Paging.page(page, Sort.by("displayName", "id")));
	}

	/** The person with their manager, or 404. */
	public Person find(long id) {
		return this.people.findWithManager(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Who can be chosen as the person's manager: people whose account is on, never the
	 * person, and always their current manager, so that editing never drops one silently.
	 */
	public List<Person> managerChoices(Person person) {
		Long id = (person != null) ? person.getId() : null;
		Person current = (person != null) ? person.getManager() : null;
		List<Person> choices = new ArrayList<>(this.people.findByEnabledTrueOrderByDisplayName()
			.stream()
			.filter((candidate) -> !candidate.getId().equals(id))
			.toList());
		if (current != null && !current.isEnabled()) {
			choices.add(0, current);
		}
		return choices;
	}

	/** Adds a person, or records on {@code errors} why not and returns empty. */
	@Transactional
	public Optional<Person> create(PersonForm form, Errors errors) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		String username = form.getUsername().strip();
		if (this.people.existsByUsername(username)) {
			errors.rejectValue("username", "admin.person.username.taken");
		}
		checkEmailFree(form.getEmail(), -1, errors);
		Person manager = resolveManager(form.getManagerId(), errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Person person = new Person(username, form.getDisplayName().strip());
		copy(form, person, manager);
		return Optional.of(this.people.save(person));
	}

	/**
	 * Saves an admin's edit of a person, or records on {@code errors} why not and returns
	 * false. Throws {@link StaleEditException} when the person changed since the edit
	 * began, whatever else is wrong with the edit.
	 */
	@Transactional
	public boolean update(long adminId, long id, PersonForm form, Errors errors) {
		Person person = find(id);
		if (form.getVersion() == null || form.getVersion() != person.getVersion()) {
			throw new StaleEditException();
		}
		if (errors.hasErrors()) {
			return false;
		}
		String username = form.getUsername().strip();
		if (this.people.existsByUsernameAndIdNot(username, id)) {
			errors.rejectValue("username", "admin.person.username.taken");
		}
		checkEmailFree(form.getEmail(), id, errors);
		if (adminId == id && !form.isAdmin()) {
			errors.rejectValue("admin", "admin.person.admin.keepOwn");
		}
		Person manager = resolveManager(form.getManagerId(), errors);
		if (manager != null) {
			new ReportingLines(this.people.managerLinks()).problemWith(id, manager.getId())
				.ifPresent((problem) -> errors.rejectValue("managerId", "admin.person.manager." + problem.name(),
						new Object[] { person.getDisplayName(), manager.getDisplayName() }, null));
		}
		if (errors.hasErrors()) {
			return false;
		}
		boolean signsInDifferently = !person.getUsername().equals(username) || person.isAdmin() != form.isAdmin();
		person.setUsername(username);
		person.setDisplayName(form.getDisplayName().strip());
		copy(form, person, manager);
		if (signsInDifferently) {
			// A new username or role: open sessions end, so no one keeps rights they
			// lost.
			this.events.publishEvent(new AccountChanged(id));
		}
		return true;
	}

	/** Switches a person's account on or off; their history stays either way. */
	@Transactional
	public void setEnabled(long adminId, long id, boolean enabled) {
		Person person = find(id);
		if (adminId == id && !enabled) {
			throw new ForbiddenException("admin.person.deactivateSelf");
		}
		if (person.isEnabled() != enabled) {
			person.setEnabled(enabled);
			this.events.publishEvent(new AccountChanged(id));
		}
	}

	/** One address, one person: e-mail (the digest) must reach the right one. */
	private void checkEmailFree(String email, long id, Errors errors) {
		if (email != null && !email.isBlank() && this.people.existsByEmailIgnoreCaseAndIdNot(email.strip(), id)) {
			errors.rejectValue("email", "admin.person.email.taken");
		}
	}

	/** What the admin typed into a refused edit that differs from the current version. */
	public List<UnsavedChange> unsavedChanges(PersonForm yours, Person current) {
		PersonForm now = PersonForm.of(current);
		List<UnsavedChange> changes = new ArrayList<>();
		addIfChanged(changes, "admin.person.displayName", yours.getDisplayName(), now.getDisplayName());
		addIfChanged(changes, "admin.person.username", yours.getUsername(), now.getUsername());
		addIfChanged(changes, "admin.person.email", yours.getEmail(), now.getEmail());
		addIfChanged(changes, "admin.person.jobTitle", yours.getJobTitle(), now.getJobTitle());
		addIfChanged(changes, "admin.person.team", yours.getTeam(), now.getTeam());
		if (!Objects.equals(yours.getManagerId(), now.getManagerId())) {
			changes.add(Optional.ofNullable(yours.getManagerId())
				.flatMap(this.people::findById)
				.map((manager) -> UnsavedChange.text("admin.person.managerId", manager.getDisplayName()))
				.orElseGet(() -> UnsavedChange.key("admin.person.managerId", "admin.person.manager.none")));
		}
		if (yours.isAdmin() != now.isAdmin()) {
			changes.add(UnsavedChange.key("admin.person.admin", yours.isAdmin() ? "admin.yes" : "admin.no"));
		}
		return changes;
	}

	private static void addIfChanged(List<UnsavedChange> changes, String labelKey, String yours, String now) {
		if (!Objects.equals(blankToNull(yours), blankToNull(now))) {
			changes.add(UnsavedChange.text(labelKey, yours));
		}
	}

	private Person resolveManager(Long managerId, Errors errors) {
		if (managerId == null) {
			return null;
		}
		Optional<Person> manager = this.people.findById(managerId);
		if (manager.isEmpty()) {
			errors.rejectValue("managerId", "admin.person.manager.unknown");
		}
		return manager.orElse(null);
	}

	private static void copy(PersonForm form, Person person, Person manager) {
		person.setEmail(blankToNull(form.getEmail()));
		person.setJobTitle(blankToNull(form.getJobTitle()));
		person.setTeam(blankToNull(form.getTeam()));
		person.setManager(manager);
		person.setAdmin(form.isAdmin());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
