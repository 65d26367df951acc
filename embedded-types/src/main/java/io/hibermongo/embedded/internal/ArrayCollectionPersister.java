package io.hibermongo.embedded.internal;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.dialect.MongoDialect;
import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.jdbc.batch.internal.BasicBatchKey;
import org.hibernate.engine.jdbc.mutation.MutationExecutor;
import org.hibernate.engine.jdbc.mutation.ParameterUsage;
import org.hibernate.engine.jdbc.mutation.spi.MutationExecutorService;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.mapping.Collection;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.collection.BasicCollectionPersister;
import org.hibernate.persister.collection.mutation.RowMutationOperations;
import org.hibernate.sql.model.MutationOperationGroup;
import org.hibernate.sql.model.MutationType;
import org.hibernate.sql.model.ast.ColumnValueBinding;
import org.hibernate.sql.model.ast.ColumnValueParameterList;
import org.hibernate.sql.model.ast.MutatingTableReference;
import org.hibernate.sql.model.internal.MutationOperationGroupFactory;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.query.spi.QueryOptions;

/**
 * The persister of element collections when the dialect is {@link MongoDialect} (with another dialect it
 * is Hibernate's own). Relationally an empty collection and a NULL one are both "no rows"; in the owner's
 * document they differ, and so does what happens when the owner itself goes:
 * <ul>
 * <li>a collection stored empty, or emptied, is an empty array: <code>{$set: {tags: []}}</code>
 *     ({@link ArrayClear});</li>
 * <li>a collection set to NULL (dereferenced) loses its field: <code>{$unset: {tags: ""}}</code>;</li>
 * <li>when the owner is deleted, Hibernate removes its collections' rows first; here they go with the
 *     owner's document, so nothing is sent for them.</li>
 * </ul>
 * Which case applies is read from the owner in the persistence context; without one (a
 * {@code StatelessSession}) a removal unsets the field.
 */
public final class ArrayCollectionPersister extends BasicCollectionPersister {

	private final boolean mongo;
	private final String attributePath;
	private final BasicBatchKey clearBatchKey;
	private volatile MutationOperationGroup clearOperation;

	public ArrayCollectionPersister(Collection collectionBinding, CollectionDataAccess cacheAccessStrategy,
			RuntimeModelCreationContext creationContext) {
		super( collectionBinding, cacheAccessStrategy, creationContext );
		this.mongo = creationContext.getDialect() instanceof MongoDialect;
		this.attributePath = collectionBinding.getRole().substring( collectionBinding.getOwnerEntityName().length() + 1 );
		this.clearBatchKey = new BasicBatchKey( getRolePath() + "#CLEAR" );
	}

	@Override
	public void recreate(PersistentCollection<?> collection, Object id, SharedSessionContractImplementor session) {
		if ( mongo && !collection.wasInitialized() ) {
			// a StatelessSession inserts a NULL collection as an uninitialized empty wrapper: no rows, no field
			return;
		}
		if ( mongo && isWritable() && collection.empty() ) {
			clear( id, session );
		}
		else {
			super.recreate( collection, id, session );
		}
	}

	@Override
	public void remove(Object id, SharedSessionContractImplementor session) {
		if ( !mongo || !isWritable() ) {
			super.remove( id, session );
			return;
		}
		Object owner = session.getPersistenceContextInternal().getCollectionOwner( id, this );
		if ( owner == null ) {
			super.remove( id, session );
			return;
		}
		EntityEntry entry = session.getPersistenceContextInternal().getEntry( owner );
		if ( entry != null && ( entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE ) ) {
			return;
		}
		if ( getOwnerEntityPersister().getPropertyValue( owner, attributePath ) == null ) {
			super.remove( id, session );
		}
		else {
			clear( id, session );
		}
	}

	private boolean isWritable() {
		return !isInverse() && isRowDeleteEnabled();
	}

	private void clear(Object id, SharedSessionContractImplementor session) {
		MutationExecutor executor = session.getFactory().getServiceRegistry().requireService( MutationExecutorService.class )
				.createExecutor( () -> clearBatchKey, clearOperation(), session );
		try {
			getAttributeMapping().getKeyDescriptor().getKeyPart().decompose( id, 0, executor.getJdbcValueBindings(), null,
					RowMutationOperations.DEFAULT_RESTRICTOR, session );
			executor.execute( id, null, null, null, session );
		}
		finally {
			executor.release();
		}
	}

	private MutationOperationGroup clearOperation() {
		MutationOperationGroup operation = clearOperation;
		if ( operation == null ) {
			MutatingTableReference table = new MutatingTableReference( getCollectionTableMapping() );
			ColumnValueParameterList parameters = new ColumnValueParameterList( table, ParameterUsage.RESTRICT,
					getAttributeMapping().getKeyDescriptor().getJdbcTypeCount() );
			List<ColumnValueBinding> keys = new ArrayList<>();
			applyKeyRestrictions( parameters, keys );
			var translated = getFactory().getJdbcServices().getJdbcEnvironment().getSqlAstTranslatorFactory()
					.buildModelMutationTranslator( new ArrayClear( table, this, keys, parameters ), getFactory() )
					.translate( JdbcParameterBindings.NO_BINDINGS, QueryOptions.NONE );
			operation = MutationOperationGroupFactory.singleOperation( MutationType.DELETE, this, translated );
			clearOperation = operation;
		}
		return operation;
	}
}
