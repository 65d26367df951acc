package io.hibermongo.dialect.internal.translate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.jdbc.BsonValues;
import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.mql.Operand;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.cte.CteStatement;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.JdbcParameter;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.exec.spi.JdbcParameterBinder;

/**
 * What one translation needs to know and collects: the document layout, the table the statement reads
 * or writes (and its alias) with the collection tables a read joins to it (arrays of the same document,
 * by alias) and the JOINED subclass and secondary tables it reads (fields of the same document), and the JDBC parameters in the order their slots were created, which is the order Hibernate
 * binds them in. It notes when a column of an array element is used, so a read can tell conditions on the
 * owner document from conditions on its elements. The columns of derived tables and CTEs resolve to the
 * fields {@code c<i>} of their rows ({@link #readDerivedRows}), and the CTEs of the statement are known by
 * name ({@link #cte}).
 */
final class TranslationContext {

	private final DocumentLayout layout;
	private final String table;
	private final String alias;
	private final String statement;
	private final List<JdbcParameterBinder> parameterBinders;
	private final org.hibernate.type.descriptor.WrapperOptions wrapperOptions;
	private final Map<String, ArrayTable> joinedArrays = new HashMap<>();
	/** The tables read under other aliases whose rows are parts of the same documents (see {@link DocumentTables}). */
	private final Map<String, String> documentTables = new HashMap<>();
	private Predicate documentRestriction;
	/** Columns read at fixed fields of the row, by alias and column; see {@link #readColumnsAt}. */
	private final Map<String, Map<String, String>> columnsAt = new HashMap<>();
	/** Tables of other collections joined with {@code $lookup}, by alias; see {@link #joinDocument}. */
	private final Map<String, JoinedDocument> joinedDocuments;
	/** Derived tables and CTEs read under an alias; see {@link #readDerivedRows}. */
	private final Map<String, DerivedRowsRead> derivedRows = new HashMap<>();
	/** The CTEs of the statement and of its subqueries, by name; shared by every context of one statement. */
	private Map<String, CteStatement> ctes = new HashMap<>();
	/** The collection a read whose root is a derived table or CTE runs on; null for other statements. */
	private String rowsCollection;
	/** When not null, columns resolve to paths inside one element of this array (see {@link #forElement}). */
	private final ArrayTable element;
	private final Set<ArrayTable> elementsUsed = new HashSet<>();
	/** Left-joined arrays whose rows hold the owner key themselves ({@link ArrayTable#keyField()}). */
	private final Set<ArrayTable> keysInRows = new HashSet<>();
	private boolean positionUsed;
	/** The outer query's columns this subquery reads, as variables of its lookup; null outside a subquery. */
	private OuterColumns outer;
	/** The lookups of the subqueries this query part uses; null where no lookup can be placed. */
	private SubqueryLookups subqueries;
	private final List<Predicate> deferredConditions = new ArrayList<>();
	/** What a subquery is refused as where no lookup can be placed. */
	private String subqueryRefusal = "A subquery in an UPDATE or DELETE of a collection table or of an entity holding LOBs";
	private boolean documentUsed;
	private boolean joinedUsed;
	/** The window functions of the select list and ORDER BY being translated; null where none can be placed. */
	private WindowFunctions windows;

	TranslationContext(DocumentLayout layout, String table, String alias, String statement,
			org.hibernate.type.descriptor.WrapperOptions wrapperOptions) {
		this( layout, table, alias, statement, wrapperOptions, new ArrayList<>(), null, new HashMap<>() );
	}

	/** Lets this select place the {@code $lookup}s of its subqueries ({@link #subqueries()}). */
	void placeSubqueries() {
		subqueries = new SubqueryLookups();
	}

	private TranslationContext(DocumentLayout layout, String table, String alias, String statement,
			org.hibernate.type.descriptor.WrapperOptions wrapperOptions, List<JdbcParameterBinder> parameterBinders, ArrayTable element,
			Map<String, JoinedDocument> joinedDocuments) {
		this.layout = layout;
		this.wrapperOptions = wrapperOptions;
		this.table = table;
		this.alias = alias;
		this.statement = statement;
		this.parameterBinders = parameterBinders;
		this.element = element;
		this.joinedDocuments = joinedDocuments;
	}

	/**
	 * A context for conditions on one element of {@code array}, read under {@code alias} (inside
	 * {@code $elemMatch}): its columns resolve to paths inside the element, the empty path for a basic
	 * element itself. Parameters take this statement's slots.
	 */
	TranslationContext forElement(String alias, ArrayTable array) {
		TranslationContext elementContext = new TranslationContext( layout, array.table(), alias, statement, wrapperOptions, parameterBinders, array, Map.of() );
		elementContext.ctes = ctes;
		elementContext.subqueryRefusal = "A subquery inside a condition on the elements of '" + array.field() + "'";
		return elementContext;
	}

	/**
	 * A context for the join condition of the table joined under {@code joinedAlias}, evaluated by
	 * {@code $filter} on each document {@code $lookup} found: that table's columns resolve to fields of
	 * {@code $$this}, the other tables' as usual. Parameters take this statement's slots.
	 */
	TranslationContext forJoinCondition(String joinedAlias) {
		Map<String, JoinedDocument> documents = new HashMap<>( joinedDocuments );
		String field = joinedDocuments.containsKey( joinedAlias ) ? joinedDocuments.get( joinedAlias ).field() : null;
		// the joined entity's JOINED subclass and secondary tables are read from the same joined document
		joinedDocuments.forEach( (other, joined) -> {
			if ( joined.field().equals( field ) ) {
				documents.put( other, new JoinedDocument( joined.table(), "$this" ) );
			}
		} );
		TranslationContext condition = new TranslationContext( layout, table, alias, statement, wrapperOptions, parameterBinders, null, documents );
		condition.outer = outer;
		condition.ctes = ctes;
		condition.rowsCollection = rowsCollection;
		condition.derivedRows.putAll( derivedRows );
		DerivedRowsRead rows = derivedRows.get( joinedAlias );
		if ( rows != null ) {
			condition.derivedRows.put( joinedAlias, new DerivedRowsRead( "$this", rows.columns() ) );
		}
		condition.subqueryRefusal = "A subquery inside a join condition";
		condition.joinedArrays.putAll( joinedArrays );
		condition.columnsAt.putAll( columnsAt );
		condition.documentTables.putAll( documentTables );
		return condition;
	}

	/**
	 * A context for the subquery reading {@code table} under {@code alias}: its own columns resolve as in
	 * any query, the columns of enclosing queries to the variables of {@code outer}. Parameters take this
	 * statement's slots.
	 */
	TranslationContext forSubquery(String table, String alias, OuterColumns outer) {
		TranslationContext subquery = new TranslationContext( layout, table, alias, statement, wrapperOptions, parameterBinders, null, new HashMap<>() );
		subquery.outer = outer;
		subquery.subqueries = new SubqueryLookups();
		subquery.ctes = ctes;
		return subquery;
	}

	/**
	 * A context for an expression over each element of {@code array} read under {@code elementAlias}, the
	 * current one of a {@code $filter} or {@code $map} ({@code $$this}): that alias's columns resolve to
	 * fields of {@code $$this} ({@code $$this} itself for a basic element), the others as in this context.
	 * Parameters take this statement's slots; subqueries inside are refused.
	 */
	TranslationContext forElementVariable(String elementAlias, ArrayTable array) {
		TranslationContext elements = copy( parameterBinders );
		elements.subqueries = null;
		elements.subqueryRefusal = "A subquery inside a subquery over the elements of '" + array.field() + "'";
		Map<String, String> paths = new HashMap<>();
		array.array().elementPaths().forEach( (column, path) -> paths.put( column, path.isEmpty() ? "$this" : "$this." + path ) );
		elements.columnsAt.put( elementAlias, paths );
		return elements;
	}

	/**
	 * A copy of this context whose parameter slots and subquery lookups are thrown away: translating a
	 * condition with it tells which columns the condition reads without adding to the statement.
	 */
	TranslationContext scratch() {
		return copy( new ArrayList<>() );
	}

	/** A copy of this context reading the same tables, whose parameters take the slots of {@code binders}. */
	private TranslationContext copy(List<JdbcParameterBinder> binders) {
		TranslationContext scratch = new TranslationContext( layout, table, alias, statement, wrapperOptions, binders, element,
				new HashMap<>( joinedDocuments ) );
		scratch.joinedArrays.putAll( joinedArrays );
		scratch.columnsAt.putAll( columnsAt );
		scratch.documentTables.putAll( documentTables );
		scratch.keysInRows.addAll( keysInRows );
		scratch.documentRestriction = documentRestriction;
		scratch.outer = outer;
		scratch.subqueries = subqueries == null ? null : new SubqueryLookups();
		scratch.subqueryRefusal = subqueryRefusal;
		scratch.ctes = ctes;
		scratch.rowsCollection = rowsCollection;
		scratch.derivedRows.putAll( derivedRows );
		return scratch;
	}

	/** The lookups of the subqueries of this query part, refused where none can be placed (a join or element condition, a bulk mutation). */
	SubqueryLookups subqueries() {
		if ( subqueries == null ) {
			throw refuse( subqueryRefusal );
		}
		return subqueries;
	}

	/** From now on window functions are translated into {@code $setWindowFields} stages ({@link #takeWindows}). */
	void placeWindows() {
		windows = new WindowFunctions( this );
	}

	/** The stages of the window functions translated since {@link #placeWindows}; none are placed after it. */
	List<io.hibermongo.dialect.internal.mql.Stage> takeWindows() {
		List<io.hibermongo.dialect.internal.mql.Stage> stages = windows.stages();
		windows = null;
		return stages;
	}

	/** The window functions of this query part, refused outside its select list and ORDER BY. */
	WindowFunctions windows() {
		if ( windows == null ) {
			throw refuse( "A window function outside the select list and ORDER BY" );
		}
		return windows;
	}

	/** Conditions of inner joins handed to the WHERE because they hold subqueries ({@link LookupJoin}). */
	void deferToWhere(Predicate condition) {
		deferredConditions.add( condition );
	}

	/** The join conditions handed to the WHERE since the last call. */
	List<Predicate> takeDeferredConditions() {
		List<Predicate> taken = List.copyOf( deferredConditions );
		deferredConditions.clear();
		return taken;
	}

	/** How many subquery lookups wait to be placed (0 where none can be). */
	int pendingSubqueries() {
		return subqueries == null ? 0 : subqueries.pending();
	}

	/** The outer query's columns this subquery reads, or null outside a subquery. */
	OuterColumns outer() {
		return outer;
	}

	/** Whether {@code column} belongs to an enclosing query rather than to a table this query part reads. */
	private boolean isOuter(ColumnReference column) {
		String qualifier = column.getQualifier();
		return outer != null && qualifier != null && !qualifier.equals( alias ) && !qualifier.equals( table )
				&& !joinedDocuments.containsKey( qualifier ) && !documentTables.containsKey( qualifier ) && !joinedArrays.containsKey( qualifier )
				&& !derivedRows.containsKey( qualifier ) && !columnsAt.containsKey( qualifier );
	}

	/**
	 * A context for a pipeline reading the documents of {@code otherTable} under {@code otherAlias} (the
	 * other side of a full join, in its {@code $unionWith}): no other table is read yet. Parameters take
	 * this statement's slots.
	 */
	TranslationContext readingFrom(String otherTable, String otherAlias) {
		TranslationContext other = new TranslationContext( layout, otherTable, otherAlias, statement, wrapperOptions, parameterBinders, null, new HashMap<>() );
		other.subqueryRefusal = "A subquery in a condition on the other side of a full join";
		other.ctes = ctes;
		return other;
	}

	/** A table of another collection read under an alias: its document is the row's {@code field} ("" for the root document). */
	record JoinedDocument(String table, String field) {
	}

	/**
	 * The rows of a derived table or CTE read under an alias: column {@code i} of {@code columns} (Hibernate's
	 * column names of the derived table) is the field {@code c<i>} of {@code field} ({@code ""}: of the row itself).
	 */
	record DerivedRowsRead(String field, List<String> columns) {

		String path(String column) {
			int index = columns.indexOf( column );
			if ( index < 0 ) {
				throw new AssertionError( "Column " + column + " is not one of " + columns );
			}
			return field.isEmpty() ? "c" + index : field + ".c" + index;
		}
	}

	/**
	 * Reads under {@code alias} the rows of a derived table or CTE, made by pipeline stages: at the root of the
	 * read ({@code field} {@code ""}, the statement then runs on {@code collection}) or joined into {@code field}.
	 */
	void readDerivedRows(String alias, String field, List<String> columns, String collection) {
		derivedRows.put( alias, new DerivedRowsRead( field, columns ) );
		if ( field.isEmpty() ) {
			rowsCollection = collection;
		}
	}

	/** Makes the CTEs of a statement (or subquery) known by name to the derived tables that read them. */
	void addCtes(Map<String, CteStatement> statements) {
		ctes.putAll( statements );
	}

	/** The CTE named {@code name}, or null. */
	CteStatement cte(String name) {
		return ctes.get( name );
	}

	/** Reads under {@code alias} the table {@code table} of another collection, whose document {@code $lookup} put in {@code field}. */
	void joinDocument(String alias, String table, String field) {
		joinedDocuments.put( alias, new JoinedDocument( table, field ) );
	}

	/**
	 * Reads the columns of the table under {@code alias} from the given fields of each row (the join table
	 * of a join through another collection's id array, whose row is made by {@code $lookup}).
	 */
	void readColumnsAt(String alias, Map<String, String> pathByColumn) {
		columnsAt.put( alias, pathByColumn );
	}

	/** The table joined under {@code alias} with {@code $lookup}, or null. */
	JoinedDocument joinedDocument(String alias) {
		return alias == null ? null : joinedDocuments.get( alias );
	}

	/** Whether a column of a table joined with {@code $lookup} was used since the last call. */
	boolean takeJoinedUse() {
		boolean used = joinedUsed;
		joinedUsed = false;
		return used;
	}

	/** The alias of the statement's table (the root of a select). */
	String alias() {
		return alias;
	}

	DocumentLayout layout() {
		return layout;
	}

	String collection() {
		return rowsCollection != null ? rowsCollection : layout.collection( table );
	}

	String table() {
		return table;
	}

	String statement() {
		return statement;
	}

	List<JdbcParameterBinder> parameterBinders() {
		return parameterBinders;
	}

	/** Reads under {@code alias} the collection table {@code array}, unwound from the statement's documents. */
	void joinArray(String alias, ArrayTable array) {
		joinedArrays.put( alias, array );
	}

	/**
	 * Reads the tables of {@code tables} (JOINED subclass and secondary tables) as fields of the statement's
	 * documents, and adds their restriction (which documents hold their rows) to the statement's own.
	 */
	void readDocumentTables(DocumentTables tables) {
		documentTables.putAll( tables.aliases() );
		documentRestriction = tables.restriction();
	}

	/** The WHERE clause of {@code querySpec} and the restriction of the document tables read, if any. */
	Predicate where(QuerySpec querySpec) {
		return Predicate.combinePredicates( querySpec.getWhereClauseRestrictions(), documentRestriction );
	}

	/**
	 * The table a column belongs to: a table joined with {@code $lookup}, a document table read under its
	 * qualifier, else the statement's table.
	 */
	private String tableOf(ColumnReference column) {
		JoinedDocument joined = joinedDocument( column.getQualifier() );
		if ( joined != null ) {
			return joined.table();
		}
		String qualifier = column.getQualifier();
		return qualifier == null ? table : documentTables.getOrDefault( qualifier, table );
	}

	/** The document field of a column of the statement's table or of a joined collection table. */
	String path(ColumnReference column) {
		if ( isOuter( column ) ) {
			return outer.variablePath( column );
		}
		String derived = derivedPath( column );
		if ( derived != null ) {
			return derived;
		}
		if ( element != null ) {
			String path = alias.equals( column.getQualifier() ) ? element.elementPath( column.getColumnExpression() ) : null;
			if ( path == null ) {
				throw refuse( "A condition on '" + column.getQualifier() + "." + column.getColumnExpression()
						+ "' inside member of/exists over '" + element.field() + "' (only the element's own fields can be tested there)" );
			}
			return path;
		}
		String joined = joinedPath( column );
		if ( joined != null ) {
			return joined;
		}
		ArrayTable array = array( column );
		if ( array == null ) {
			return layout.fieldPath( tableOf( column ), column.getColumnExpression() );
		}
		return keysInRows.contains( array ) ? array.readPath( column.getColumnExpression() ) : array.path( column.getColumnExpression() );
	}

	/**
	 * The field a result column reads: as {@link #path}, except that the owner key of a collection table
	 * reads from the unwound row, where it is NULL when an outer join found no element.
	 */
	String readPath(ColumnReference column) {
		if ( isOuter( column ) ) {
			return outer.variablePath( column );
		}
		String derived = derivedPath( column );
		if ( derived != null ) {
			return derived;
		}
		String joined = joinedPath( column );
		if ( joined != null ) {
			return joined;
		}
		ArrayTable array = array( column );
		return array == null ? layout.fieldPath( tableOf( column ), column.getColumnExpression() ) : array.readPath( column.getColumnExpression() );
	}

	/**
	 * From now on the owner key columns of {@code array} read the key each unwound row holds, NULL in the
	 * row of a left join that found no element (as SQL's joined key column is).
	 */
	void readKeysFromRows(ArrayTable array) {
		keysInRows.add( array );
	}

	/** The field of a column of a derived table or CTE (noting the use of a joined one), or null for other columns. */
	private String derivedPath(ColumnReference column) {
		DerivedRowsRead rows = column.getQualifier() == null ? null : derivedRows.get( column.getQualifier() );
		if ( rows == null ) {
			return null;
		}
		joinedUsed |= !rows.field().isEmpty();
		return rows.path( column.getColumnExpression() );
	}

	/** The path of a column of a table joined with {@code $lookup} (noting the use), or null for other columns. */
	private String joinedPath(ColumnReference column) {
		Map<String, String> fixed = column.getQualifier() == null ? null : columnsAt.get( column.getQualifier() );
		if ( fixed != null && fixed.containsKey( column.getColumnExpression() ) ) {
			joinedUsed = true;
			return fixed.get( column.getColumnExpression() );
		}
		JoinedDocument joined = joinedDocument( column.getQualifier() );
		if ( joined == null ) {
			return null;
		}
		if ( column.isColumnExpressionFormula() ) {
			throw refuse( "@Formula column '" + column.getColumnExpression() + "'" );
		}
		joinedUsed = true;
		String path = layout.fieldPath( joined.table(), column.getColumnExpression() );
		return joined.field().isEmpty() ? path : joined.field() + "." + path;
	}

	/** Which columns were used since the last call: of which arrays' elements, positions, the owner document. */
	ElementUse takeElementUse() {
		ElementUse use = new ElementUse( Set.copyOf( elementsUsed ), positionUsed, documentUsed );
		elementsUsed.clear();
		positionUsed = false;
		documentUsed = false;
		return use;
	}

	/**
	 * Which arrays' elements an expression reads, whether it reads an element's position, and whether it
	 * reads fields of the owner document; see {@link #takeElementUse()}.
	 */
	record ElementUse(Set<ArrayTable> arrays, boolean position, boolean document) {

		boolean isOwnerLevel() {
			return arrays.isEmpty();
		}
	}

	/** The collection table {@code column} belongs to (noting a use of an element column), or null. */
	private ArrayTable array(ColumnReference column) {
		if ( column.isColumnExpressionFormula() ) {
			throw refuse( "@Formula column '" + column.getColumnExpression() + "'" );
		}
		String qualifier = column.getQualifier();
		ArrayTable array = qualifier == null ? null : joinedArrays.get( qualifier );
		if ( array == null ) {
			if ( qualifier != null && documentTables.containsKey( qualifier ) ) {
				documentUsed = true;
				return null;
			}
			if ( qualifier != null && alias != null && !qualifier.equals( alias ) && !qualifier.equals( table ) ) {
				throw refuse( "A reference to a table the query's joins do not read ('" + qualifier + "." + column.getColumnExpression()
						+ "'; e.g. an implicit path to a JOINED subclass: join it explicitly)" );
			}
			array = layout.arrayTable( table );
		}
		if ( array != null && !array.isKey( column.getColumnExpression() ) ) {
			elementsUsed.add( array );
			positionUsed |= array.isPosition( column.getColumnExpression() );
		}
		else {
			documentUsed = true;
		}
		return array;
	}

	/**
	 * Refuses to {@code use} a column whose field only references its value (a LOB stored in GridFS):
	 * a comparison or function there would see the reference, not the content.
	 */
	void refuseReference(SqlAstNode node, String use) {
		if ( node instanceof org.hibernate.sql.ast.tree.expression.Expression expression
				&& SqlExpressions.unwrap( expression ) instanceof ColumnReference column && !derivedRows.containsKey( column.getQualifier() )
				&& !column.isColumnExpressionFormula() && layout.isReference( tableOf( column ), column.getColumnExpression() ) ) {
			throw refuse( use + " the LOB column '" + column.getColumnExpression()
					+ "' (its content is stored outside the document; only 'is null' and 'is not null' apply to it)" );
		}
	}

	/** A new slot for {@code binder}, bound at execution time. */
	Operand parameter(JdbcParameterBinder binder) {
		parameterBinders.add( binder );
		return new Operand.Parameter( parameterBinders.size() - 1 );
	}

	Operand parameter(JdbcParameter parameter) {
		return parameter( parameter.getParameterBinder() );
	}

	/** An HQL literal as the BSON value the column would store. */
	Operand literal(Literal literal) {
		return literal( literal.getLiteralValue(), literal.getJdbcMapping() );
	}

	/**
	 * The literal as its type's binder would bind it as a parameter, so a literal and a parameter of the
	 * same value become the same BSON value (an enum's name or ordinal, a date at UTC midnight).
	 */
	@SuppressWarnings("unchecked")
	Operand literal(Object value, JdbcMapping jdbcMapping) {
		try {
			Object bound = value;
			if ( value != null && jdbcMapping != null ) {
				// a discriminator literal already holds the stored value, not the converter's domain value
				var converter = jdbcMapping.getValueConverter();
				Object relational = converter == null || converter.getDomainJavaType().isInstance( value )
						? jdbcMapping.convertToRelationalValue( value ) : value;
				// a literal typed by the other operand (5 against a BigDecimal column) keeps its own Java type
				bound = jdbcMapping.getJavaTypeDescriptor().isInstance( relational )
						? ( (org.hibernate.type.descriptor.ValueBinder<Object>) jdbcMapping.getJdbcValueBinder() ).getBindValue( relational, wrapperOptions )
						: relational;
			}
			return new Operand.Literal( BsonValues.toBson( bound ) );
		}
		catch (SQLException e) {
			throw refuse( "The literal " + value + " (" + e.getMessage() + ")" );
		}
	}

	FeatureNotSupportedException refuse(String construct) {
		return FeatureNotSupportedException.construct( construct, statement );
	}
}
