package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.layout.UnionTable;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.RequiredFields;
import io.hibermongo.dialect.internal.mql.ResultColumns;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.Limit;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.common.FetchClauseType;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.JdbcParameter;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.select.QueryGroup;
import org.hibernate.sql.ast.tree.select.QueryPart;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;
import org.hibernate.sql.ast.tree.select.SortSpecification;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.exec.internal.JdbcOperationQuerySelect;
import org.hibernate.sql.exec.spi.JdbcLockStrategy;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.sql.exec.spi.JdbcSelect;
import org.hibernate.query.SortDirection;
import jakarta.persistence.criteria.Nulls;

/**
 * Translates a single-collection SELECT. A query that only filters, sorts by fields and reads fields
 * becomes {@code find} (the fast path); grouping, aggregate functions, computed columns or sort keys,
 * NULLS FIRST/LAST against MongoDB's order, DISTINCT and polymorphic reads of a TABLE_PER_CLASS hierarchy
 * ({@link UnionBranches}) become an {@code aggregate} pipeline:
 * {@code $match → [$group] → [$match] → [$setWindowFields…] → $project c0… → [$group (distinct)] → $sort → $skip → $limit}.
 * <p>
 * MongoDB sorts NULL and missing values first ascending and last descending, which is Hibernate's
 * order on H2; other NULLS FIRST/LAST requests add a null flag as a leading sort key.
 */
final class MongoSelectTranslator extends AbstractMongoTranslator<JdbcSelect> {

	private final SelectStatement statement;
	private String description;

	MongoSelectTranslator(SessionFactoryImplementor sessionFactory, MongoSqlAstTranslatorFactory factory, SelectStatement statement) {
		super( sessionFactory, factory, statement );
		this.statement = statement;
	}

	@Override
	String statementDescription() {
		return description;
	}

	@Override
	JdbcSelect translate(JdbcParameterBindings jdbcParameterBindings, QueryOptions queryOptions) {
		if ( statement.getQueryPart() instanceof QueryGroup group ) {
			return setOperation( group, queryOptions );
		}
		QuerySpec querySpec = (QuerySpec) statement.getQueryPart();
		Planned planned = plan( querySpec, queryOptions, null );
		MqlCommand command = PessimisticLocks.apply( queryOptions.getLockOptions(), planned.command(), description );
		return operation( command, planned.context(), planned.limits() );
	}

	/** The command that reads the rows of {@code querySpec}, the context it was translated in, and its paging. */
	record Planned(TranslationContext context, MqlCommand command, LimitOperands limits) {
	}

	/**
	 * Plans the read of {@code querySpec} (no lock, no JDBC operation yet); {@code statementDescription}
	 * names the statement in refusals, null for "select from &lt;table&gt;".
	 */
	Planned plan(QuerySpec querySpec, QueryOptions queryOptions, String statementDescription) {
		DocumentLayout layout = factory.layout( sessionFactory );
		ArrayJoins joins = ArrayJoins.of( querySpec, layout );
		NamedTableReference table = joins.root();
		description = statementDescription != null ? statementDescription : "select from " + table.getTableExpression();
		TranslationContext context = new TranslationContext( layout, table.getTableExpression(),
				table.getIdentificationVariable(), description, sessionFactory.getWrapperOptions() );
		context.placeSubqueries();
		context.addCtes( statement.getCteStatements() );
		if ( joins.hasDerivedRoot() ) {
			return derivedRoot( context, querySpec, joins, queryOptions );
		}
		addAffectedTableName( table.getTableExpression() );
		DocumentTables documentTables = DocumentTables.of( joins.rootGroup(), table, layout, description );
		context.readDocumentTables( documentTables );
		documentTables.aliases().values().forEach( this::addAffectedTableName );
		for ( ArrayJoins.Joined joined : joins.arrays() ) {
			context.joinArray( joined.alias(), joined.array() );
			addAffectedTableName( joined.array().table() );
		}

		UnionTable union = joins.union();
		MqlCommand command;
		LimitOperands limits;
		if ( !joins.steps().isEmpty() && union != null ) {
			throw io.hibermongo.dialect.FeatureNotSupportedException.construct( "Joins in a polymorphic read of a TABLE_PER_CLASS hierarchy", description );
		}
		if ( joins.readsOtherRows() ) {
			joins.lookedUpTables().forEach( this::addAffectedTableName );
			List<Stage> leading = LookupPipeline.stages( context, querySpec, joins );
			limits = limits( context, querySpec, queryOptions );
			command = new AggregatePlan( context, querySpec, leading ).command( limits.skip, limits.limit,
					StrictReads.required( sessionFactory, context, joins.rootGroup(), LookupPipeline.rootColumnsRead( context, querySpec, joins ) ) );
		}
		else if ( !joins.arrays().isEmpty() ) {
			ElementConditions conditions = new ElementConditions( context, querySpec, joins );
			limits = limits( context, querySpec, queryOptions );
			RequiredFields required = StrictReads.required( sessionFactory, context, joins.rootGroup(),
					conditions.ownerColumnsRead() );
			command = conditions.isOwnerLevel() && limits.skip == null && limits.limit == null
					? conditions.find( required )
					: new AggregatePlan( context, querySpec, conditions.stages() ).command( limits.skip, limits.limit, required );
		}
		else {
			Filter filter = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE ).predicates()
					.toFilter( context.where( querySpec ), false );
			List<Stage> subqueries = context.subqueries().take();
			limits = limits( context, querySpec, queryOptions );
			if ( union == null && subqueries.isEmpty() && isPlainFind( querySpec ) ) {
				command = find( context, querySpec, filter, limits, joins.rootGroup() );
			}
			else {
				List<Stage> leading = new ArrayList<>();
				if ( union != null && subqueries.isEmpty() ) {
					leading.addAll( UnionBranches.stages( union, matching( filter ), context.collection() ) );
				}
				else {
					// with subqueries, a polymorphic read tests its conditions after the union, on every branch's documents
					leading.addAll( union == null ? List.of() : UnionBranches.stages( union, List.of(), context.collection() ) );
					leading.addAll( subqueries );
					leading.addAll( matching( filter ) );
				}
				AggregatePlan plan = new AggregatePlan( context, querySpec, leading );
				List<ColumnReference> read = orderedSelections( querySpec ).stream()
						.map( selection -> SqlExpressions.unwrap( selection.getExpression() ) instanceof ColumnReference column ? column : null )
						.toList();
				command = plan.command( limits.skip, limits.limit,
						StrictReads.required( sessionFactory, context, joins.rootGroup(), read ) );
			}
		}
		context.subqueries().tables().forEach( this::addAffectedTableName );
		joins.derivedTables().forEach( this::addAffectedTableName );
		return new Planned( context, command, limits );
	}

	/**
	 * A select from a derived table or CTE ({@link DerivedRows}): the pipeline making its rows, then the
	 * select's own joins, WHERE, grouping, projection, ORDER BY and paging over them.
	 */
	private Planned derivedRoot(TranslationContext context, QuerySpec querySpec, ArrayJoins joins, QueryOptions queryOptions) {
		List<Stage> leading = new ArrayList<>( joins.derivedRootStages( context ) );
		leading.addAll( LookupPipeline.stages( context, querySpec, joins ) );
		LimitOperands limits = limits( context, querySpec, queryOptions );
		MqlCommand command = new AggregatePlan( context, querySpec, leading ).command( limits.skip, limits.limit, null );
		joins.lookedUpTables().forEach( this::addAffectedTableName );
		joins.derivedTables().forEach( this::addAffectedTableName );
		context.subqueries().tables().forEach( this::addAffectedTableName );
		return new Planned( context, command, limits );
	}

	/** A set operation ({@link SetOperations}), run on the collection of its first branch. */
	private JdbcSelect setOperation(QueryGroup group, QueryOptions queryOptions) {
		DocumentLayout layout = factory.layout( sessionFactory );
		NamedTableReference table = ArrayJoins.of( group.getFirstQuerySpec(), layout ).root();
		description = group.getSetOperator().sqlString() + " of selects from " + table.getTableExpression() + " and others";
		TranslationContext context = new TranslationContext( layout, table.getTableExpression(),
				table.getIdentificationVariable(), description, sessionFactory.getWrapperOptions() );
		SetOperations operation = new SetOperations( context, group );
		LimitOperands limits = limits( context, group, queryOptions );
		MqlCommand command = operation.command( limits.skip, limits.limit );
		operation.tables().forEach( this::addAffectedTableName );
		if ( queryOptions.getLockOptions() != null && queryOptions.getLockOptions().getLockMode().isPessimistic() ) {
			throw context.refuse( "A pessimistic lock on a set operation" );
		}
		return operation( command, context, limits );
	}

	private JdbcSelect operation(MqlCommand command, TranslationContext context, LimitOperands limits) {
		String text = factory.commands( sessionFactory ).register( command );
		return new JdbcOperationQuerySelect( text, context.parameterBinders(),
				sessionFactory.getJdbcValuesMappingProducerProvider().buildMappingProducer( statement, sessionFactory ),
				getAffectedTableNames(), 0, Integer.MAX_VALUE, Collections.emptyMap(), JdbcLockStrategy.NONE,
				limits.offsetParameter, limits.limitParameter );
	}

	/** A {@code find}: the query reads fields of one collection, filtered, sorted and paged. */
	private MqlCommand find(TranslationContext context, QuerySpec querySpec, Filter filter, LimitOperands limits, TableGroup rootGroup) {
		List<String> columns = new ArrayList<>();
		List<ColumnReference> read = new ArrayList<>();
		for ( SqlSelection selection : orderedSelections( querySpec ) ) {
			read.add( (ColumnReference) SqlExpressions.unwrap( selection.getExpression() ) );
			columns.add( context.path( read.get( read.size() - 1 ) ) );
		}
		BsonDocument sort = new BsonDocument();
		for ( SortSpecification specification : sortSpecifications( querySpec ) ) {
			sort.append( context.path( (ColumnReference) sortExpression( specification ) ), direction( specification ) );
		}
		return new MqlCommand.Find( context.collection(), filter,
				new ResultColumns( columns, StrictReads.required( sessionFactory, context, rootGroup, read ) ),
				sort, limits.skip, limits.limit );
	}

	/** The stages that keep the documents {@code filter} matches: none when it matches everything. */
	static List<Stage> matching(Filter filter) {
		return filter instanceof Filter.Constant constant && constant.matches() ? List.of() : List.of( new Stage.Match( filter ) );
	}

	static boolean isPlainFind(QuerySpec querySpec) {
		if ( querySpec.getSelectClause().isDistinct() || !querySpec.getGroupByClauseExpressions().isEmpty()
				|| querySpec.getHavingClauseRestrictions() != null ) {
			return false;
		}
		for ( SqlSelection selection : querySpec.getSelectClause().getSqlSelections() ) {
			if ( !( SqlExpressions.unwrap( selection.getExpression() ) instanceof ColumnReference ) ) {
				return false;
			}
		}
		for ( SortSpecification specification : sortSpecifications( querySpec ) ) {
			if ( !( sortExpression( specification ) instanceof ColumnReference ) || !isNaturalNullOrder( specification ) ) {
				return false;
			}
		}
		return true;
	}

	static List<SqlSelection> orderedSelections(QuerySpec querySpec) {
		List<SqlSelection> selections = new ArrayList<>( querySpec.getSelectClause().getSqlSelections() );
		selections.sort( java.util.Comparator.comparingInt( SqlSelection::getValuesArrayPosition ) );
		return selections;
	}

	static List<SortSpecification> sortSpecifications(QuerySpec querySpec) {
		return querySpec.getSortSpecifications() == null ? List.of() : querySpec.getSortSpecifications();
	}

	static org.hibernate.sql.ast.tree.expression.Expression sortExpression(SortSpecification specification) {
		return SqlExpressions.unwrap( specification.getSortExpression() );
	}

	static BsonInt32 direction(SortSpecification specification) {
		return new BsonInt32( specification.getSortOrder() == SortDirection.DESCENDING ? -1 : 1 );
	}

	/** MongoDB's own order puts NULL first ascending and last descending. */
	static boolean isNaturalNullOrder(SortSpecification specification) {
		Nulls precedence = specification.getNullPrecedence();
		if ( precedence == null || precedence == Nulls.NONE ) {
			return true;
		}
		boolean descending = specification.getSortOrder() == SortDirection.DESCENDING;
		return precedence == ( descending ? Nulls.LAST : Nulls.FIRST );
	}

	record LimitOperands(Operand skip, Operand limit, JdbcParameter offsetParameter, JdbcParameter limitParameter) {
	}

	/**
	 * {@code setFirstResult}/{@code setMaxResults} take precedence over HQL's {@code offset}/{@code limit}
	 * clauses, as they do on a relational database in Hibernate.
	 */
	private LimitOperands limits(TranslationContext context, QueryPart querySpec, QueryOptions queryOptions) {
		Limit limit = queryOptions.getLimit();
		Operand skip = null;
		Operand max = null;
		JdbcParameter offsetParameter = null;
		JdbcParameter limitParameter = null;
		var integerType = sessionFactory.getTypeConfiguration().getBasicTypeForJavaType( Integer.class );
		if ( limit != null && limit.getFirstRow() != null ) {
			offsetParameter = new QueryOptionsLimitParameter( integerType, true );
			skip = context.parameter( offsetParameter.getParameterBinder() );
		}
		else if ( querySpec.getOffsetClauseExpression() != null ) {
			skip = clauseOperand( context, querySpec.getOffsetClauseExpression() );
		}
		if ( limit != null && limit.getMaxRows() != null ) {
			limitParameter = new QueryOptionsLimitParameter( integerType, false );
			max = context.parameter( limitParameter.getParameterBinder() );
		}
		else if ( querySpec.getFetchClauseExpression() != null ) {
			if ( querySpec.getFetchClauseType() != FetchClauseType.ROWS_ONLY ) {
				throw context.refuse( "FETCH " + querySpec.getFetchClauseType() );
			}
			max = clauseOperand( context, querySpec.getFetchClauseExpression() );
		}
		return new LimitOperands( skip, max, offsetParameter, limitParameter );
	}

	static Operand clauseOperand(TranslationContext context, org.hibernate.sql.ast.tree.expression.Expression expression) {
		if ( expression instanceof JdbcParameter parameter ) {
			return context.parameter( parameter );
		}
		if ( expression instanceof Literal literal ) {
			return context.literal( literal );
		}
		throw context.refuse( "A computed OFFSET or LIMIT" );
	}

	/** The pipeline for queries {@code find} cannot express, after the {@code leading} stages that pick the rows. */
	static final class AggregatePlan {
		private final TranslationContext context;
		private final QuerySpec querySpec;
		private final List<Stage> stages = new ArrayList<>();
		private final Map<String, Expression> project = new LinkedHashMap<>();
		private final List<SqlSelection> selections;
		private final GroupingScope grouping;

		AggregatePlan(TranslationContext context, QuerySpec querySpec, List<Stage> leading) {
			this.context = context;
			this.querySpec = querySpec;
			this.selections = orderedSelections( querySpec );
			stages.addAll( leading );
			this.grouping = GroupingScope.of( context, querySpec );
			ExpressionTranslator expressions = new ExpressionTranslator( context,
					grouping == null ? ExpressionTranslator.GroupScope.NONE : grouping );
			int grouped = stages.size();
			if ( grouping != null ) {
				stages.addAll( grouping.stages() );
				if ( querySpec.getHavingClauseRestrictions() != null ) {
					Filter having = new Filter.Expr( expressions.predicates().toExpression( querySpec.getHavingClauseRestrictions(), false ) );
					stages.addAll( context.subqueries().take() );
					stages.add( new Stage.Match( having ) );
				}
			}
			context.placeWindows();
			for ( int i = 0; i < selections.size(); i++ ) {
				project.put( "c" + i, expressions.translate( selections.get( i ).getExpression() ) );
			}
			int projection = stages.size();
			stages.add( new Stage.Project( project ) );
			if ( querySpec.getSelectClause().isDistinct() ) {
				Map<String, Expression> key = new LinkedHashMap<>();
				Map<String, Expression> output = new LinkedHashMap<>();
				for ( String column : project.keySet() ) {
					// a column of a missing field is missing, not null: one group for both, as SQL's DISTINCT
					key.put( column, new Operator( "$ifNull", new Field( column ), ExpressionTranslator.nullConstant() ) );
					output.put( column, new Field( "_id." + column ) );
				}
				stages.add( new Stage.Group( key, Map.of() ) );
				stages.add( new Stage.Project( output ) );
			}
			addSort( expressions );
			// the $setWindowFields stages of the window functions in the select list and ORDER BY, which the projection reads
			stages.addAll( projection, context.takeWindows() );
			// the lookups of subqueries in the select list and ORDER BY, which the projection and the windows read
			stages.addAll( projection, context.subqueries().take() );
			if ( grouping != null ) {
				// those of GROUP BY keys and aggregate arguments, which $group reads
				stages.addAll( grouped, grouping.inputLookups() );
			}
		}

		private void addSort(ExpressionTranslator expressions) {
			BsonDocument sort = new BsonDocument();
			int computed = 0;
			for ( SortSpecification specification : sortSpecifications( querySpec ) ) {
				String key = selectedColumn( sortExpression( specification ) );
				if ( key == null ) {
					if ( querySpec.getSelectClause().isDistinct() ) {
						throw context.refuse( "ORDER BY an expression that is not selected, with DISTINCT" );
					}
					key = "s" + computed++;
					project.put( key, expressions.translate( sortExpression( specification ) ) );
				}
				if ( !isNaturalNullOrder( specification ) ) {
					String flag = "n" + sort.size();
					// computed in the same $project as the columns, so it reads the column's own expression
					Expression isNull = PredicateTranslator.nullTest( project.get( key ), false );
					Expression value = new Operator( "$cond", isNull, ExpressionTranslator.constant( 1 ), ExpressionTranslator.constant( 0 ) );
					if ( querySpec.getSelectClause().isDistinct() ) {
						throw context.refuse( "NULLS FIRST/LAST with DISTINCT" );
					}
					project.put( flag, value );
					sort.append( flag, new BsonInt32( specification.getNullPrecedence() == Nulls.LAST ? 1 : -1 ) );
				}
				sort.append( key, direction( specification ) );
			}
			if ( !sort.isEmpty() ) {
				stages.add( new Stage.Sort( sort ) );
			}
		}

		/** The output column already holding {@code expression}, when it is selected. */
		private String selectedColumn(org.hibernate.sql.ast.tree.expression.Expression expression) {
			for ( int i = 0; i < selections.size(); i++ ) {
				if ( GroupingScope.sameExpression( selections.get( i ).getExpression(), expression ) ) {
					return "c" + i;
				}
			}
			return null;
		}

		MqlCommand command(Operand skip, Operand limit, RequiredFields required) {
			List<Stage> pipeline = new ArrayList<>( stages );
			if ( skip != null ) {
				pipeline.add( new Stage.Skip( skip ) );
			}
			if ( limit != null ) {
				pipeline.add( new Stage.Limit( limit ) );
			}
			List<String> columns = new ArrayList<>();
			for ( int i = 0; i < selections.size(); i++ ) {
				columns.add( "c" + i );
			}
			List<BsonValue> emptyGroupRow = grouping == null ? null : grouping.emptyGroupRow( selections );
			return new MqlCommand.Aggregate( context.collection(), pipeline, new ResultColumns( columns, required ), emptyGroupRow );
		}
	}
}
