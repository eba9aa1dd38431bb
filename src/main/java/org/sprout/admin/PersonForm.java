package org.sprout.admin;

import java.io.Serial;
import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sprout.people.Person;

/**
 * What an admin may set on a person. The version is the one the admin started editing
 * from: saving over a newer version is refused. Serializable because a refused edit
 * travels to the next page in the flash map.
 */
public class PersonForm implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@NotBlank
	@Size(max = 50)
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]+")
	private String username;

	@Email
	@Size(max = 200)
	private String email;

	@Size(max = 100)
	private String jobTitle;

	@Size(max = 100)
	private String team;

	private Long managerId;

	private boolean admin;

	private Long version;

	public static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.setDisplayName(person.getDisplayName());
		form.setUsername(person.getUsername());
		form.setEmail(person.getEmail());
		form.setJobTitle(person.getJobTitle());
		form.setTeam(person.getTeam());
		form.setManagerId((person.getManager() != null) ? person.getManager().getId() : null);
		form.setAdmin(person.isAdmin());
		form.setVersion(person.getVersion());
		return form;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
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

	public Long getManagerId() {
		return this.managerId;
	}

	public void setManagerId(Long managerId) {
		this.managerId = managerId;
	}

	public boolean isAdmin() {
		return this.admin;
	}

	public void setAdmin(boolean admin) {
		this.admin = admin;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
