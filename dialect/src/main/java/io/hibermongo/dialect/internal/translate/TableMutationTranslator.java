package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.mql.DocumentShape;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.IdentityCounter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonValue;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.sql.model.ast.ColumnValueBinding;
import org.hibernate.sql.model.ast.ColumnValueParameter;
import org.hibernate.sql.model.ast.TableMutation;
import org.hibernate.sql.model.internal.OptionalTableUpdate;
import org.hibernate.sql.model.internal.TableDeleteStandard;
import org.hibernate.sql.model.internal.TableInsertStandard;
import org.hibernate.sql.model.internal.TableUpdateStandard;
import org.hibernate.sql.model.jdbc.JdbcMutationOperation;
import org.hibernate.type.SqlTypes;

/**
 * Translates the row mutations Hibernate issues for entity operations (persist, dirty update, remove):
 * an insert is one document; an update or delete addresses one document by {@code _id} (and the
 * {@code @Version} value for optimistic locking), so Hibernate's row-count check works unchanged. Row
 * mutations of a collection table change the array in the owner's document ({@link ArrayRowTranslator}),
 * row inserts and deletes of a JOINED subclass or secondary table change the fields of the entity's
 * document ({@link DocumentPartRows}).
 */
final class TableMutationTranslator<O extends JdbcMutationOperation> extends AbstractMongoTranslator<O> {

	private final TableMutation<O> mutation;

	TableMutationTranslator(SessionFactoryImplementor sessionFactory, MongoSqlAstTranslatorFactory factory, TableMutation<O> mutation) {
		super( sessionFactory, factory, mutation );
		this.mutation = mutation;
	}

	@Override
	String statementDescription() {
		return mutation.getMutationComment() == null ? "a mutation of " + mutation.getMutatingTable().getTableName() : mutation.getMutationComment();
	}

	@Override
	O translate(JdbcParameterBindings jdbcParameterBindings, QueryOptions queryOptions) {
		String table = mutation.getMutatingTable().getTableName();
		TranslationContext context = new TranslationContext( factory.layout( sessionFactory ), table, null, statementDescription(), sessionFactory.getWrapperOptions() );
		MqlCommand command;
		ArrayTable array = context.layout().arrayTable( table );
		boolean part = context.layout().part( table ) != null;
		if ( array != null ) {
			command = new ArrayRowTranslator( context, array ).translate( mutation );
		}
		else if ( part && mutation instanceof TableInsertStandard insert ) {
			command = DocumentPartRows.insert( context, insert );
		}
		else if ( part && mutation instanceof TableDeleteStandard delete ) {
			refuseWhereFragment( context, delete.getWhereFragment() );
			command = DocumentPartRows.delete( context, delete,
					restriction( context, delete.getKeyBindings(), delete.getOptimisticLockBindings() ) );
		}
		else if ( mutation instanceof TableInsertStandard insert ) {
			command = insert( context, insert );
		}
		else if ( mutation instanceof TableUpdateStandard update ) {
			command = update( context, update );
		}
		else if ( (Object) mutation instanceof OptionalTableUpdate upsert ) {
			command = upsert( context, upsert );
		}
		else if ( mutation instanceof TableDeleteStandard delete ) {
			command = delete( context, delete );
		}
		else {
			throw context.refuse( mutation.getClass().getSimpleName().contains( "Custom" ) ? "Custom SQL (@SQLInsert, @SQLUpdate, @SQLDelete)"
					: "The table mutation " + mutation.getClass().getSimpleName() );
		}
		String text = factory.commands( sessionFactory ).register( command );
		return mutation.createMutationOperation( text, context.parameterBinders() );
	}

	private MqlCommand insert(TranslationContext context, TableInsertStandard insert) {
		if ( insert.getNumberOfReturningColumns() > 0 ) {
			throw context.refuse( "Database-generated values (IDENTITY ids, @Generated columns)" );
		}
		DocumentShape document = new DocumentShape();
		for ( ColumnValueBinding binding : insert.getValueBindings() ) {
			document.put( context.path( binding.getColumnReference() ), value( context, binding ) );
		}
		return new MqlCommand.Insert( context.collection(), document, identity( context, insert ) );
	}

	/** The counter of an IDENTITY id, when this inserts the id table of an entity whose id the insert assigns. */
	private IdentityCounter identity(TranslationContext context, TableInsertStandard insert) {
		if ( insert.getMutationTarget() instanceof EntityPersister persister && persister.isIdentifierAssignedByInsert()
				&& insert.getMutatingTable().getTableMapping().isIdentifierTable() ) {
			return identityCounter( sessionFactory, persister, context.collection() );
		}
		return null;
	}

	/** The IDENTITY counter of {@code persister}'s documents in {@code collection}. */
	static IdentityCounter identityCounter(SessionFactoryImplementor sessionFactory, EntityPersister persister, String collection) {
		return new IdentityCounter( MongoSqlAstTranslatorFactory.counterCollection( sessionFactory ),
				IdentityCounter.counterName( collection ), isInt32Id( persister ) );
	}

	/** Whether the id is an {@code int}-sized integer, stored as int32 rather than int64. */
	static boolean isInt32Id(EntityPersister persister) {
		int typeCode = persister.getIdentifierMapping().getSingleJdbcMapping().getJdbcType().getDefaultSqlTypeCode();
		return typeCode == SqlTypes.INTEGER || typeCode == SqlTypes.SMALLINT || typeCode == SqlTypes.TINYINT;
	}

	private MqlCommand update(TranslationContext context, TableUpdateStandard update) {
		refuseWhereFragment( context, update.getWhereFragment() );
		Map<String, Expression> assignments = new LinkedHashMap<>();
		for ( ColumnValueBinding binding : update.getValueBindings() ) {
			assignments.put( context.path( binding.getColumnReference() ), new Expression.Constant( value( context, binding ) ) );
		}
		return new MqlCommand.Update( context.collection(), restriction( context, update.getKeyBindings(), update.getOptimisticLockBindings() ),
				assignments, false );
	}

	/** {@code upsert()}: set the values on the document with this key, inserting it when there is none. */
	private MqlCommand upsert(TranslationContext context, OptionalTableUpdate upsert) {
		Map<String, Expression> assignments = new LinkedHashMap<>();
		for ( ColumnValueBinding binding : upsert.getValueBindings() ) {
			assignments.put( context.path( binding.getColumnReference() ), new Expression.Constant( value( context, binding ) ) );
		}
		return new MqlCommand.Update( context.collection(), restriction( context, upsert.getKeyBindings(), upsert.getOptimisticLockBindings() ),
				assignments, false, true );
	}

	private MqlCommand delete(TranslationContext context, TableDeleteStandard delete) {
		refuseWhereFragment( context, delete.getWhereFragment() );
		return new MqlCommand.Delete( context.collection(), restriction( context, delete.getKeyBindings(), delete.getOptimisticLockBindings() ), false );
	}

	private static void refuseWhereFragment(TranslationContext context, String whereFragment) {
		if ( whereFragment != null && !whereFragment.isBlank() ) {
			throw context.refuse( "@SQLRestriction/@Where on mutations ('" + whereFragment + "')" );
		}
	}

	private static Filter restriction(TranslationContext context, List<ColumnValueBinding> keys, List<ColumnValueBinding> locks) {
		List<Filter> parts = new ArrayList<>();
		for ( ColumnValueBinding binding : keys ) {
			parts.add( keyFilter( context, binding ) );
		}
		if ( locks != null ) {
			for ( ColumnValueBinding binding : locks ) {
				parts.add( keyFilter( context, binding ) );
			}
		}
		return parts.size() == 1 ? parts.get( 0 ) : new Filter.And( parts );
	}

	static Filter keyFilter(TranslationContext context, ColumnValueBinding binding) {
		String path = context.path( binding.getColumnReference() );
		Operand value = value( context, binding );
		if ( value instanceof Operand.Literal literal && literal.literal().isNull() ) {
			return new Filter.Nullness( path, false );
		}
		return new Filter.Comparison( path, Filter.Operator.EQ, value );
	}

	/** The operand of a column's value: its parameter, or the literal Hibernate wrote in its place. */
	static Operand value(TranslationContext context, ColumnValueBinding binding) {
		var fragment = binding.getValueExpression();
		var parameters = new ArrayList<ColumnValueParameter>( fragment.getParameters() );
		if ( parameters.size() == 1 && "?".equals( fragment.getFragment().trim() ) ) {
			return context.parameter( (org.hibernate.sql.exec.spi.JdbcParameterBinder) parameters.get( 0 ) );
		}
		if ( parameters.isEmpty() ) {
			BsonValue literal = SqlLiteral.parse( fragment.getFragment() );
			if ( literal != null ) {
				return new Operand.Literal( literal );
			}
		}
		throw context.refuse( "The column write expression '" + fragment.getFragment() + "' of column '"
				+ binding.getColumnReference().getColumnExpression() + "' (@ColumnTransformer)" );
	}
}
