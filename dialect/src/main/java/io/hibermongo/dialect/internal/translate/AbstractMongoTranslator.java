package io.hibermongo.dialect.internal.translate;

import java.util.HashSet;
import java.util.Set;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.internal.util.collections.Stack;
import org.hibernate.internal.util.collections.StandardStack;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.sql.ast.Clause;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

/**
 * What all Hibermongo translators share: the statement, the SessionFactory and the bookkeeping Hibernate
 * asks a {@link org.hibernate.sql.ast.SqlAstTranslator} for. Translators dispatch over the AST by pattern
 * matching; Hibernate sees them through a {@link TranslatorHandle}, which refuses the walker callbacks.
 */
abstract class AbstractMongoTranslator<T extends JdbcOperation> {

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

	abstract T translate(JdbcParameterBindings jdbcParameterBindings, QueryOptions queryOptions);

	/** The message's tail: which statement is being translated, for the user's orientation. */
	abstract String statementDescription();

	/** The refusal of an AST node handed to one of the walker's or renderer's callbacks. */
	FeatureNotSupportedException refuse(Object node) {
		return FeatureNotSupportedException.construct( describe( node ), statementDescription() );
	}

	/** How a refused AST node is named: its type. */
	static String describe(Object node) {
		return node == null ? "A null AST node" : node.getClass().getSimpleName();
	}

	Statement getSqlAst() {
		return statement;
	}

	SessionFactoryImplementor getSessionFactory() {
		return sessionFactory;
	}

	Stack<Clause> getCurrentClauseStack() {
		return clauseStack;
	}

	Set<String> getAffectedTableNames() {
		return affectedTableNames;
	}

	void addAffectedTableName(String tableName) {
		affectedTableNames.add( tableName );
	}
}
