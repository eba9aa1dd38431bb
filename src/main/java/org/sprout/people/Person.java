package org.sprout.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.sprout.model.BaseEntity;

/**
 * Someone in the organisation, with their account. The optional manager is the reporting
 * line: legitimate power, which Sprout never confuses with leadership.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

	@Column(nullable = false, length = 50)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	private String email;

	@Column(name = "job_title")
	private String jobTitle;

	private String team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "manager_id")
	private Person manager;

	/**
	 * Who reports to them, by name; read only for a profile (see {@link People#find}).
	 */
	@OneToMany(mappedBy = "manager")
	@OrderBy("displayName, id")
	private List<Person> reports = new ArrayList<>();

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled = true;

	@Column(name = "is_admin")
	private boolean admin;

	/** They opted in to "anyone may give me feedback" (the ties module reads it). */
	@Column(name = "welcomes_feedback")
	private boolean welcomesFeedback;

	/**
	 * Moves whenever anything the person's feedback history shows changes; only
	 * {@link PersonRepository#historyChanged} moves it, so saving a person never writes
	 * it back.
	 */
	@Column(name = "history_version", insertable = false, updatable = false)
	private long historyVersion;

	protected Person() {
	}

	public Person(String username, String displayName) {
		this.username = username;
		this.displayName = displayName;
	}

	/** Who reports to them, by name. */
	public List<Person> getReports() {
		return Collections.unmodifiableList(this.reports);
	}

	/** See {@link PersonRepository#historyChanged}. */
	public long getHistoryVersion() {
		return this.historyVersion;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getTeam() {
		return this.team;
	}

	public void setTeam(String team) {
		this.team = team;
	}

	public Person getManager() {
		return this.manager;
	}

	public void setManager(Person manager) {
		this.manager = manager;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isAdmin() {
		return this.admin;
	}

	public void setAdmin(boolean admin) {
		this.admin = admin;
	}

	/** Whether any colleague may write them shared feedback, as they chose. */
	public boolean isWelcomesFeedback() {
		return this.welcomesFeedback;
	}

	public void setWelcomesFeedback(boolean welcomesFeedback) {
		this.welcomesFeedback = welcomesFeedback;
	}

	/** Two letters for the avatar circle. */
	public String getInitials() {
		return initialsOf(this.displayName);
	}

	/** Two letters of a name for an avatar circle: the first and last words' first. */
	public static String initialsOf(String displayName) {
		String[] parts = displayName.trim().split("\\s+");
		String first = parts[0].substring(0, 1);
		String last = (parts.length > 1) ? parts[parts.length - 1].substring(0, 1) : "";
		return (first + last).toUpperCase();
	}

}
