package io.hibermongo.dialect.internal.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.internal.ParameterMetadataImpl;
import org.hibernate.query.internal.QueryParameterBindingsImpl;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.spi.NamedSqmQueryMemento;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.SqmStatement;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

/**
 * Translates every named HQL or Criteria query ({@code @NamedQuery}, {@code <named-query>}) to MQL while
 * the SessionFactory starts, the way its first execution would (HQL → SQM → SQL AST → our translators,
 * with no parameter bound), so a construct Hibermongo refuses stops startup with a message naming the
 * query and the construct. Only refusals stop it: a translation that needs a bound value to proceed is
 * left to the first execution.
 */
public final class NamedQueryCheck {

	private NamedQueryCheck() {
	}

	public static void translateAll(SessionFactoryImplementor factory) {
		factory.getQueryEngine().getNamedObjectRepository().visitSqmQueryMementos( memento -> {
			try {
				translate( factory, memento );
			}
			catch (FeatureNotSupportedException e) {
				FeatureNotSupportedException refusal = new FeatureNotSupportedException(
						"Named query '" + memento.getRegistrationName() + "' cannot run on MongoDB: " + e.getMessage() );
				refusal.initCause( e );
				throw refusal;
			}
		} );
	}

	private static void translate(SessionFactoryImplementor factory, NamedSqmQueryMemento<?> memento) {
		var queryEngine = factory.getQueryEngine();
		SqmStatement<?> statement = memento.getSqmStatement();
		DomainParameterXref parameters;
		QueryParameterBindingsImpl bindings;
		if ( statement == null ) {
			var interpretation = queryEngine.getInterpretationCache()
					.resolveHqlInterpretation( memento.getHqlString(), null, queryEngine.getHqlTranslator() );
			statement = interpretation.getSqmStatement();
			parameters = interpretation.getDomainParameterXref();
			bindings = QueryParameterBindingsImpl.from( interpretation.getParameterMetadata(), factory );
		}
		else {
			parameters = DomainParameterXref.from( statement );
			bindings = QueryParameterBindingsImpl.from( new ParameterMetadataImpl( parameters.getQueryParameters() ), factory );
		}
		SqlAstTranslatorFactory translators = factory.getJdbcServices().getJdbcEnvironment().getSqlAstTranslatorFactory();
		LoadQueryInfluencers influencers = new LoadQueryInfluencers( factory );
		if ( statement instanceof SqmSelectStatement<?> select ) {
			var sqlAst = queryEngine.getSqmTranslatorFactory().createSelectTranslator( select, QueryOptions.NONE, parameters,
					bindings, influencers, factory.getSqlTranslationEngine(), true ).translate().getSqlAst();
			translators.buildSelectTranslator( factory, sqlAst ).translate( JdbcParameterBindings.NO_BINDINGS, QueryOptions.NONE );
		}
		else if ( statement instanceof SqmDmlStatement<?> mutation ) {
			var sqlAst = queryEngine.getSqmTranslatorFactory().createMutationTranslator( mutation, QueryOptions.NONE, parameters,
					bindings, influencers, factory.getSqlTranslationEngine() ).translate().getSqlAst();
			translators.buildMutationTranslator( factory, sqlAst ).translate( JdbcParameterBindings.NO_BINDINGS, QueryOptions.NONE );
		}
	}
}
