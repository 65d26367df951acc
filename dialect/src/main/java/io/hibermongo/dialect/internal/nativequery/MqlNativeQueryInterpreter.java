package io.hibermongo.dialect.internal.nativequery;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.translate.MongoSqlAstTranslatorFactory;
import org.hibernate.MappingException;
import org.hibernate.QueryException;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.cfg.QuerySettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.engine.query.internal.NativeQueryInterpreterStandardImpl;
import org.hibernate.engine.query.spi.NativeQueryInterpreter;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.internal.util.config.ConfigurationHelper;
import org.hibernate.query.SyntaxException;
import org.hibernate.query.sql.internal.NativeSelectQueryPlanImpl;
import org.hibernate.query.sql.internal.ParameterRecognizerImpl;
import org.hibernate.query.sql.spi.NativeSelectQueryDefinition;
import org.hibernate.query.sql.spi.NativeSelectQueryPlan;
import org.hibernate.query.sql.spi.ParameterRecognizer;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Hibernate's native query service for MongoDB: the text of {@code createNativeQuery} is native MQL, a
 * command document.
 * <ul>
 * <li>Parameters ({@code :name}, {@code ?1}, {@code ?}) are found by {@link MqlScanner}, which knows
 *     MongoDB's literals; Hibernate's own scanner, made for SQL, reads <code>{"author": :a}}</code> as a
 *     parameter named {@code a}}}. The text is parsed at once, so a malformed command fails in
 *     {@code createNativeQuery} (with the {@code IllegalArgumentException} JPA asks for), and the parsed
 *     command is cached for its execution.</li>
 * <li>A select plan adds to the query spaces the collections the command reads, so pending changes to
 *     them are flushed first and cached results of them are invalidated, and puts the mapping's result
 *     columns into the statement text ({@link NativeResultColumns}).</li>
 * </ul>
 */
public final class MqlNativeQueryInterpreter implements NativeQueryInterpreter {

	private final ServiceRegistryImplementor registry;

	MqlNativeQueryInterpreter(ServiceRegistryImplementor registry) {
		this.registry = registry;
	}

	/**
	 * Tells {@code recognizer} the parameters of {@code nativeQuery}, and every other character, which
	 * makes the statement text Hibernate runs: the command with a {@code ?} for each parameter and the
	 * {@link NativeCommands#MARKER} after its opening brace.
	 */
	@Override
	public void recognizeParameters(String nativeQuery, ParameterRecognizer recognizer) {
		String trimmed = nativeQuery.strip();
		if ( !trimmed.startsWith( "{" ) || !trimmed.endsWith( "}" ) ) {
			throw new SyntaxException( "Native MQL must be one command document, from '{' to '}' with nothing around it", nativeQuery );
		}
		StatementText statement = new StatementText( recognizer );
		MqlScanner.recognize( nativeQuery, statement );
		command( statement.text() );
	}

	/**
	 * Reads every named native query of {@code sessionFactory}, so that one that is not a supported command
	 * document fails at startup, naming it (Hibernate itself checks named native queries only when used).
	 */
	public static void checkNamedQueries(SessionFactoryImplementor sessionFactory) {
		NativeQueryInterpreter interpreter = sessionFactory.getQueryEngine().getNativeQueryInterpreter();
		sessionFactory.getQueryEngine().getNamedObjectRepository().visitNativeQueryMementos( memento -> {
			try {
				interpreter.recognizeParameters( memento.getSqlString(), new ParameterRecognizerImpl() );
			}
			catch (QueryException e) {
				throw new MappingException( "Named native query '" + memento.getRegistrationName() + "' is not valid: " + e.getMessage(), e );
			}
		} );
	}

	@Override
	public <R> NativeSelectQueryPlan<R> createQueryPlan(NativeSelectQueryDefinition<R> definition, SessionFactoryImplementor sessionFactory) {
		String text = definition.getSqlString();
		NativeCommand command = command( text );
		Map<String, String> columns = NativeResultColumns.of( definition.getResultSetMapping(), sessionFactory, layout( sessionFactory ) );
		Set<String> querySpaces = new HashSet<>( command.collections() );
		if ( definition.getAffectedTableNames() != null ) {
			querySpaces.addAll( definition.getAffectedTableNames() );
		}
		String statementText = columns == null ? text : NativeResultColumns.appendTo( text, columns );
		return new NativeSelectQueryPlanImpl<>( statementText, querySpaces, definition.getQueryParameterOccurrences(),
				definition.getResultSetMapping(), sessionFactory );
	}

	private NativeCommand command(String text) {
		try {
			return registry.requireService( ConnectionProvider.class ).unwrap( MongoConnectionProvider.class ).nativeCommands().get( text );
		}
		catch (IllegalArgumentException e) {
			throw new SyntaxException( e.getMessage() );
		}
	}

	private static DocumentLayout layout(SessionFactoryImplementor sessionFactory) {
		return ( (MongoSqlAstTranslatorFactory) sessionFactory.getJdbcServices().getDialect().getSqlAstTranslatorFactory() ).layout( sessionFactory );
	}

	/**
	 * Forwards to Hibernate's recognizer and keeps the statement text it builds: each parameter a {@code ?},
	 * and the {@link NativeCommands#MARKER} after the opening brace.
	 */
	private static final class StatementText implements ParameterRecognizer {

		private final ParameterRecognizer recognizer;
		private final StringBuilder text = new StringBuilder();
		private boolean marked;

		StatementText(ParameterRecognizer recognizer) {
			this.recognizer = recognizer;
		}

		String text() {
			return text.toString();
		}

		@Override
		public void ordinalParameter(int sourcePosition) {
			recognizer.ordinalParameter( sourcePosition );
			text.append( '?' );
		}

		@Override
		public void namedParameter(String name, int sourcePosition) {
			recognizer.namedParameter( name, sourcePosition );
			text.append( '?' );
		}

		@Override
		public void jpaPositionalParameter(int label, int sourcePosition) {
			recognizer.jpaPositionalParameter( label, sourcePosition );
			text.append( '?' );
		}

		@Override
		public void other(char character) {
			recognizer.other( character );
			text.append( character );
			if ( !marked && character == '{' ) {
				marked = true;
				for ( char marker : NativeCommands.MARKER.toCharArray() ) {
					other( marker );
				}
			}
		}

		@Override
		public void complete() {
			recognizer.complete();
		}
	}

	/**
	 * Gives SessionFactories with {@link MongoDialect} this interpreter and every other one Hibernate's
	 * own; registered by {@code MongoServiceContributor}.
	 */
	public static final class Initiator implements StandardServiceInitiator<NativeQueryInterpreter> {

		@Override
		public Class<NativeQueryInterpreter> getServiceInitiated() {
			return NativeQueryInterpreter.class;
		}

		@Override
		public NativeQueryInterpreter initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
			if ( registry.requireService( JdbcServices.class ).getDialect() instanceof MongoDialect ) {
				return new MqlNativeQueryInterpreter( registry );
			}
			return new NativeQueryInterpreterStandardImpl(
					ConfigurationHelper.getBoolean( QuerySettings.NATIVE_IGNORE_JDBC_PARAMETERS, settings ) );
		}
	}
}
