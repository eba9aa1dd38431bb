package org.sprout.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.sprout.people.Person;

/**
 * Something new for one person. It holds the id of what it is about and a short text to
 * show (a name, a date), never the content of feedback or a reflection: opening it goes
 * through that page's own access check.
 */
@Entity
@Table(name = "notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recipient_id")
	private Person recipient;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private NotificationKind kind;

	@Column(name = "target_id", nullable = false)
	private long targetId;

	@Column(name = "actor_name", nullable = false, length = 100)
	private String actorName;

	@Column(length = 100)
	private String detail;

	@Column(name = "once_key", nullable = false, length = 200)
	private String onceKey;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(Person recipient, NotificationKind kind, long targetId, String actorName, String detail,
			String onceKey, Instant createdAt) {
		this.recipient = recipient;
		this.kind = kind;
		this.targetId = targetId;
		this.actorName = abbreviate(actorName);
		this.detail = (detail != null) ? abbreviate(detail) : null;
		this.onceKey = onceKey;
		this.createdAt = createdAt;
	}

	private static String abbreviate(String text) {
		return (text.length() > 100) ? text.substring(0, 99) + "\u2026" : text;
	}

	public Long getId() {
		return this.id;
	}

	public Person getRecipient() {
		return this.recipient;
	}

	public NotificationKind getKind() {
		return this.kind;
	}

	public long getTargetId() {
		return this.targetId;
	}

	/** Who did what the notification tells (or, when overdue, whom it is about). */
	public String getActorName() {
		return this.actorName;
	}

	/** A second short text for the message, such as a date; may be null. */
	public String getDetail() {
		return this.detail;
	}

	public String getOnceKey() {
		return this.onceKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

	/** The page it opens. */
	public String getLink() {
		return this.kind.link(this.targetId);
	}

	/** The key of its text in messages.properties. */
	public String getMessageKey() {
		return "notification." + this.kind.name();
	}

	void markRead(Instant when) {
		if (this.readAt == null) {
			this.readAt = when;
		}
	}

}
