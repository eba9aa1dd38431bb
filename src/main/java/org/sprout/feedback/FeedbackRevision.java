package org.sprout.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One revision of audited feedback (Hibernate Envers): when, and by whom.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthorListener.class)
public class FeedbackRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	@Column(name = "rev")
	private int id;

	@RevisionTimestamp
	@Column(name = "revtstmp", nullable = false)
	private long timestamp;

	@Column(name = "person_id")
	private Long personId;

	public int getId() {
		return this.id;
	}

	public long getTimestamp() {
		return this.timestamp;
	}

	public Long getPersonId() {
		return this.personId;
	}

	void setPersonId(Long personId) {
		this.personId = personId;
	}

}
