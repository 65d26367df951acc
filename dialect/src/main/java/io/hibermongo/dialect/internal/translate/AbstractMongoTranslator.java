package io.hibermongo.dialect.internal.translate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.internal.util.collections.Stack;
import org.hibernate.internal.util.collections.StandardStack;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.sql.ast.Clause;
import org.hibernate.sql.ast.SqlAstNodeRenderingMode;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.select.QueryPart;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.query.sqm.tuple.internal.AnonymousTupleTableGroupProducer;

/**
 * What all Hibermongo translators share: the {@link SqlAstTranslator} bookkeeping Hibernate asks
 * for. Translators do not render SQL, so the rendering callbacks refuse.
 */
abstract class AbstractMongoTranslator<T extends JdbcOperation> extends RefusingSqlAstWalker implements SqlAstTranslator<T> {

	protected final SessionFactoryImplementor sessionFactory;
	protected final MongoSqlAstTranslatorFactory factory;
	private final Statement statement;
	private final Set<String> affectedTableNames = new HashSet<>();
	private final Stack<Clause> clauseStack = new StandardStack<>();

	AbstractMongoTranslator(SessionFactoryImplementor sessionFactory, MongoSqlAstTranslatorFactory factory, Statement statement) {
		this.sessionFactory = sessionFactory;
		this.factory = factory;
		this.statement = statement;
	}

	@Override
	public abstract T translate(JdbcParameterBindings jdbcParameterBindings, QueryOptions queryOptions);

	@Override
	public Statement getSqlAst() {
		return statement;
	}

	@Override
	public SessionFactoryImplementor getSessionFactory() {
		return sessionFactory;
	}

	@Override
	public <X> X getLiteralValue(Expression expression) {
		throw refuse( expression );
	}

	@Override
	public void renderNamedSetReturningFunction(String functionName, List<? extends SqlAstNode> sqlAstArguments,
			AnonymousTupleTableGroupProducer tupleType, String tableIdentifierVariable, SqlAstNodeRenderingMode argumentRenderingMode) {
		throw io.hibermongo.dialect.FeatureNotSupportedException.construct( "The set-returning function " + functionName, statementDescription() );
	}

	@Override
	public void render(SqlAstNode sqlAstNode, SqlAstNodeRenderingMode renderingMode) {
		throw refuse( sqlAstNode );
	}

	@Override
	public QueryPart getCurrentQueryPart() {
		return null;
	}

	@Override
	public Stack<Clause> getCurrentClauseStack() {
		return clauseStack;
	}

	@Override
	public Set<String> getAffectedTableNames() {
		return affectedTableNames;
	}

	@Override
	public void addAffectedTableName(String tableName) {
		affectedTableNames.add( tableName );
	}
}
