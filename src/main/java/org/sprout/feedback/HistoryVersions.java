package org.sprout.feedback;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves the history version of everyone whose feedback was written, changed or answered
 * (see {@code PersonRepository.historyChanged}), whatever wrote it: Hibernate tells of
 * every insert, update and delete of a {@link FeedbackEntry} and of its skills, and the
 * version moves in the same transaction, just before it commits, like the entry's
 * revisions. So what is kept of a history between requests can never outlive a change, on
 * any instance. After the transaction, {@link FeedbackWritten} tells this instance's own
 * caches.
 */
@Component
class HistoryVersions implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private static final String BUMP = "update person set history_version = history_version + 1 where id in (:ids)";

	private final ApplicationEventPublisher events;

	/** The entries written in each open transaction, by session. */
	private final Map<SharedSessionContractImplementor, Written> pending = new ConcurrentHashMap<>();

	HistoryVersions(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events) {
		this.events = events;
		EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
		listeners.appendListeners(EventType.POST_DELETE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		written(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		written(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		written(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		collection(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		collection(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		collection(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void collection(AbstractCollectionEvent event) {
		written(event.getSession(), event.getAffectedOwnerOrNull());
	}

	private void written(SharedSessionContractImplementor session, Object entity) {
		if (!(entity instanceof FeedbackEntry entry)) {
			return;
		}
		long authorId = entry.getAuthor().getId();
		long subjectId = entry.getSubject().getId();
		// This instance's caches read again at once, so the transaction itself sees its
		// change; and once more after it ends (below), for everyone else.
		this.events.publishEvent(new FeedbackWritten(authorId, subjectId));
		this.pending.computeIfAbsent(session, (opened) -> {
			Written written = new Written();
			TransactionCompletionCallbacks callbacks = opened.getTransactionCompletionCallbacks();
			callbacks.registerCallback(
					(TransactionCompletionCallbacks.BeforeCompletionCallback) (ending) -> bump(ending, written));
			callbacks.registerCallback(
					(TransactionCompletionCallbacks.AfterCompletionCallback) (success, ended) -> ended(ended, written));
			return written;
		}).add(authorId, subjectId);
	}

	private void bump(SharedSessionContractImplementor session, Written written) {
		session.createNativeMutationQuery(BUMP).setParameterList("ids", written.subjects()).executeUpdate();
	}

	private void ended(SharedSessionContractImplementor session, Written written) {
		this.pending.remove(session);
		written.entries().forEach(this.events::publishEvent);
	}

	/** What one transaction wrote. */
	private static final class Written {

		private final Set<FeedbackWritten> entries = ConcurrentHashMap.newKeySet();

		void add(long authorId, long subjectId) {
			this.entries.add(new FeedbackWritten(authorId, subjectId));
		}

		Set<FeedbackWritten> entries() {
			return this.entries;
		}

		Set<Long> subjects() {
			Set<Long> subjects = new LinkedHashSet<>();
			this.entries.forEach((entry) -> subjects.add(entry.subjectId()));
			return subjects;
		}

	}

}
