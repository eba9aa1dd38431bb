package org.sprout.skills;

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

	private String description;

	@Column(name = "sort_order", nullable = false)
	private int position;

	private boolean retired;

	protected Skill() {
	}

	public Skill(String name, String description, int position) {
		this.name = name;
		this.description = description;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public int getPosition() {
		return this.position;
	}

	public boolean isRetired() {
		return this.retired;
	}

}
