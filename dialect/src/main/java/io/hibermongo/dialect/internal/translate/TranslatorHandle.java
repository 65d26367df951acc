package io.hibermongo.dialect.internal.translate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstWalker;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

/**
 * Presents one of our translators to Hibernate as a {@link SqlAstTranslator}.
 * <p>
 * Hibernate's translator interface is also a {@link SqlAstWalker} with a {@code visitXxx} callback per AST
 * node type, meant for translators that render SQL by walking the tree. Ours dispatch over the AST by
 * pattern matching and never hand themselves to {@code accept}, so rather than implementing each callback
 * to refuse, this handle refuses any callback Hibernate might still make, naming the node; rendering
 * callbacks ({@code render}, {@code getLiteralValue}, set-returning functions) are refused the same way.
 */
final class TranslatorHandle implements InvocationHandler {

	private final AbstractMongoTranslator<?> translator;

	private TranslatorHandle(AbstractMongoTranslator<?> translator) {
		this.translator = translator;
	}

	@SuppressWarnings("unchecked")
	static <T extends JdbcOperation> SqlAstTranslator<T> of(AbstractMongoTranslator<? extends T> translator) {
		return (SqlAstTranslator<T>) Proxy.newProxyInstance( SqlAstTranslator.class.getClassLoader(),
				new Class<?>[] { SqlAstTranslator.class }, new TranslatorHandle( translator ) );
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] arguments) {
		if ( method.getDeclaringClass() == SqlAstWalker.class ) {
			throw translator.refuse( arguments[0] );
		}
		return switch ( method.getName() ) {
			case "translate" -> translator.translate( (JdbcParameterBindings) arguments[0], (QueryOptions) arguments[1] );
			case "getSqlAst" -> translator.getSqlAst();
			case "getSessionFactory" -> translator.getSessionFactory();
			case "getCurrentClauseStack" -> translator.getCurrentClauseStack();
			case "getAffectedTableNames" -> translator.getAffectedTableNames();
			case "addAffectedTableName" -> {
				translator.addAffectedTableName( (String) arguments[0] );
				yield null;
			}
			case "getCurrentQueryPart" -> null;
			case "render", "getLiteralValue" -> throw translator.refuse( arguments[0] );
			case "renderNamedSetReturningFunction" -> throw FeatureNotSupportedException.construct(
					"The set-returning function " + arguments[0], translator.statementDescription() );
			case "toString" -> "SqlAstTranslator for " + translator.statementDescription();
			case "hashCode" -> System.identityHashCode( proxy );
			case "equals" -> proxy == arguments[0];
			default -> throw new AssertionError( "SqlAstTranslator method not handled: " + method );
		};
	}
}
