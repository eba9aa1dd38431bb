package org.sprout.skills;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A leadership skill of the framework. Retired skills stay on old entries but are not
 * offered for new feedback.
 */
@Entity
@Table(name = "skill")
public class Skill {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 80)
	private String name;

	/** The name in lower case: unique, so that names differing only in case clash. */
	@Column(name = "name_key", nullable = false, length = 200)
	private String nameKey;

	private String description;

	@Column(name = "sort_order", nullable = false)
	private int position;

	private boolean retired;

	protected Skill() {
	}

	public Skill(String name, String description, int position) {
		rename(name);
		this.description = description;
		this.position = position;
	}

	/** The form under which a name is unique: case and surrounding space ignored. */
	public static String keyOf(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public final void rename(String name) {
		this.name = name;
		this.nameKey = keyOf(name);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

}
