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

import org.sprout.people.AccountChanged;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.people.ReportingLines;
import org.sprout.web.EditConflict;
import org.sprout.web.ForbiddenException;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;
import org.sprout.web.Problems;
import org.sprout.web.Text;

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

	/**
	 * The number of the list's page that shows the person, unsearched (the first if
	 * none).
	 */
	public int pageOf(long id) {
		return Paging.pageHolding(this.people.idsByName(), id);
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

	/** Adds a person, or refuses them with why not. */
	@Transactional
	public Person create(PersonForm form) {
		Problems problems = new Problems();
		String username = form.getUsername().strip();
		if (this.people.existsByUsername(username)) {
			problems.add("username", "admin.person.username.taken");
		}
		checkEmailFree(form.getEmail(), -1, problems);
		Person manager = resolveManager(form.getManagerId(), problems);
		problems.throwIfAny();
		Person person = new Person(username, form.getDisplayName().strip());
		copy(form, person, manager);
		return this.people.save(person);
	}

	/**
	 * Refuses an edit begun on another version of the person than the current one
	 * ({@link EditConflict}), whatever else is wrong with it.
	 */
	public void checkCurrent(long id, Long versionEdited) {
		EditConflict.check(versionEdited, find(id).getVersion());
	}

	/**
	 * Saves an admin's edit of a person, or refuses it with why not ({@link EditConflict}
	 * when the person changed since the edit began).
	 */
	@Transactional
	public Person update(long adminId, long id, PersonForm form) {
		Person person = find(id);
		EditConflict.check(form.getVersion(), person.getVersion());
		Problems problems = new Problems();
		String username = form.getUsername().strip();
		if (this.people.existsByUsernameAndIdNot(username, id)) {
			problems.add("username", "admin.person.username.taken");
		}
		checkEmailFree(form.getEmail(), id, problems);
		if (adminId == id && !form.isAdmin()) {
			problems.add("admin", "admin.person.admin.keepOwn");
		}
		Person manager = resolveManager(form.getManagerId(), problems);
		if (manager != null) {
			new ReportingLines(this.people.managerLinks()).problemWith(id, manager.getId())
				.ifPresent((problem) -> problems.add("managerId", "admin.person.manager." + problem.name(),
						person.getDisplayName(), manager.getDisplayName()));
		}
		problems.throwIfAny();
		String formerUsername = person.getUsername().equals(username) ? null : person.getUsername();
		boolean signsInDifferently = formerUsername != null || person.isAdmin() != form.isAdmin();
		boolean renamed = !person.getDisplayName().equals(form.getDisplayName().strip());
		person.setUsername(username);
		person.setDisplayName(form.getDisplayName().strip());
		copy(form, person, manager);
		EditConflict.flushing(this.people::flush);
		if (renamed) {
			// Histories name the authors of their entries; a rename is rare enough to
			// have every history read afresh.
			this.people.everyHistoryChanged();
		}
		if (signsInDifferently) {
			// A new username or role: open sessions end, so no one keeps rights they
			// lost.
			this.events.publishEvent(new AccountChanged(id, formerUsername));
		}
		return person;
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
	private void checkEmailFree(String email, long id, Problems problems) {
		if (email != null && !email.isBlank() && this.people.existsByEmailIgnoreCaseAndIdNot(email.strip(), id)) {
			problems.add("email", "admin.person.email.taken");
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
		if (!Objects.equals(Text.blankToNull(yours), Text.blankToNull(now))) {
			changes.add(UnsavedChange.text(labelKey, yours));
		}
	}

	private Person resolveManager(Long managerId, Problems problems) {
		if (managerId == null) {
			return null;
		}
		Optional<Person> manager = this.people.findById(managerId);
		if (manager.isEmpty()) {
			problems.add("managerId", "admin.person.manager.unknown");
		}
		return manager.orElse(null);
	}

	private static void copy(PersonForm form, Person person, Person manager) {
		person.setEmail(Text.blankToNull(form.getEmail()));
		person.setJobTitle(Text.blankToNull(form.getJobTitle()));
		person.setTeam(Text.blankToNull(form.getTeam()));
		person.setManager(manager);
		person.setAdmin(form.isAdmin());
	}

}
