package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.ResultColumns;
import io.hibermongo.dialect.internal.mql.Stage;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.sql.ast.tree.AbstractUpdateOrDeleteStatement;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;
import org.hibernate.sql.results.internal.SqlSelectionImpl;

/**
 * The read that finds the rows of a bulk UPDATE or DELETE that a filter cannot find on its own: a
 * subquery, a path through an association (Hibernate joins it in the statement's FROM clause) or a SET
 * value computed from other documents. The statement's FROM clause (its target and those joins) and WHERE
 * clause are read as a select of the target's id ({@code c0}) and of {@code values} ({@code c1…}),
 * planned exactly as a query ({@link MongoSelectTranslator#plan}), so every join and subquery a query
 * supports works here too.
 */
final class MutationRows {

	private MutationRows() {
	}

	/**
	 * The planned read; its context is the statement's: the target's columns resolve to its fields, and
	 * further parameters take the next slots.
	 */
	static Read plan(SessionFactoryImplementor sessionFactory, MongoSqlAstTranslatorFactory factory,
			AbstractUpdateOrDeleteStatement statement, List<? extends Expression> values, String description) {
		QuerySpec rows = new QuerySpec( true );
		for ( TableGroup root : statement.getFromClause().getRoots() ) {
			rows.getFromClause().addRoot( root );
		}
		rows.applyPredicate( statement.getRestriction() );
		rows.getSelectClause().addSqlSelection( new SqlSelectionImpl( 0, idColumn( statement, description ) ) );
		for ( int i = 0; i < values.size(); i++ ) {
			rows.getSelectClause().addSqlSelection( new SqlSelectionImpl( i + 1, values.get( i ) ) );
		}
		MongoSelectTranslator select = new MongoSelectTranslator( sessionFactory, factory, new SelectStatement( rows ) );
		MongoSelectTranslator.Planned planned = select.plan( rows, QueryOptions.NONE, description );
		return new Read( planned.context(), aggregate( planned, "A bulk UPDATE or DELETE whose rows are read through element-collection joins" ),
				select.getAffectedTableNames() );
	}

	/**
	 * The planned read as an {@code aggregate} whose rows carry columns {@code c0…}: a {@code find} (the plan
	 * of a plain read) becomes <code>$match → $sort → $skip → $limit → $project</code>; one that unwinds arrays
	 * on the client is refused as {@code construct}.
	 */
	static MqlCommand.Aggregate aggregate(MongoSelectTranslator.Planned planned, String construct) {
		if ( planned.command() instanceof MqlCommand.Aggregate aggregate ) {
			return aggregate;
		}
		if ( !( planned.command() instanceof MqlCommand.Find find ) || !find.columns().expansion().isEmpty() ) {
			throw planned.context().refuse( construct );
		}
		List<Stage> stages = new ArrayList<>( MongoSelectTranslator.matching( find.filter() ) );
		if ( !find.sort().isEmpty() ) {
			stages.add( new Stage.Sort( find.sort() ) );
		}
		if ( find.skip() != null ) {
			stages.add( new Stage.Skip( find.skip() ) );
		}
		if ( find.limit() != null ) {
			stages.add( new Stage.Limit( find.limit() ) );
		}
		Map<String, io.hibermongo.dialect.internal.mql.Expression> columns = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		for ( int i = 0; i < find.columns().size(); i++ ) {
			columns.put( "c" + i, new io.hibermongo.dialect.internal.mql.Expression.Field( find.columns().path( i ) ) );
			names.add( "c" + i );
		}
		stages.add( new Stage.Project( columns ) );
		return new MqlCommand.Aggregate( find.collection(), stages, new ResultColumns( names ), null );
	}

	/** The read of a statement's rows, the context it was translated in and every table it reads. */
	record Read(TranslationContext context, MqlCommand.Aggregate rows, Set<String> tables) {
	}

	/** The id column of the statement's target entity: its documents' {@code _id}. */
	private static ColumnReference idColumn(AbstractUpdateOrDeleteStatement statement, String description) {
		if ( statement.getMutationTarget() instanceof EntityMappingType entity
				&& entity.getIdentifierMapping() instanceof BasicEntityIdentifierMapping id ) {
			return new ColumnReference( statement.getTargetTable(), id );
		}
		throw FeatureNotSupportedException.construct(
				"A bulk UPDATE or DELETE that needs a read first (a subquery, an association path or a condition only a pipeline"
						+ " expresses) of an entity with a composite id", description );
	}
}
