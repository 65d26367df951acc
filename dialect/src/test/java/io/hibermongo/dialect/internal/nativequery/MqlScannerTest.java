package io.hibermongo.dialect.internal.nativequery;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.engine.query.internal.NativeQueryInterpreterStandardImpl;
import org.hibernate.query.sql.spi.ParameterRecognizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which parts of native MQL text are parameters, as Hibernate's recognizer is told. */
class MqlScannerTest {

	/** Records the parameters and builds the statement text as Hibernate does (each parameter a {@code ?}). */
	private static final class Recorded implements ParameterRecognizer {
		final List<String> parameters = new ArrayList<>();
		final StringBuilder text = new StringBuilder();
		boolean completed;

		@Override
		public void ordinalParameter(int sourcePosition) {
			parameters.add( "?" );
			text.append( '?' );
		}

		@Override
		public void namedParameter(String name, int sourcePosition) {
			parameters.add( ":" + name );
			text.append( '?' );
		}

		@Override
		public void jpaPositionalParameter(int label, int sourcePosition) {
			parameters.add( "?" + label );
			text.append( '?' );
		}

		@Override
		public void other(char character) {
			text.append( character );
		}

		@Override
		public void complete() {
			completed = true;
		}
	}

	private static Recorded scan(String text) {
		Recorded recorded = new Recorded();
		MqlScanner.recognize( text, recorded );
		return recorded;
	}

	@Test
	void namedParameterEndsWhereTheNameEnds() {
		Recorded recorded = scan( "{\"find\": \"Article\", \"filter\": {\"author\": :a}}" );

		assertThat( recorded.parameters ).containsExactly( ":a" );
		assertThat( recorded.text ).hasToString( "{\"find\": \"Article\", \"filter\": {\"author\": ?}}" );
		assertThat( recorded.completed ).isTrue();
	}

	@Test
	void hibernatesSqlRecognizerWouldTakeTheBracesIntoTheName() {
		Recorded sql = new Recorded();
		NativeQueryInterpreterStandardImpl.NATIVE_QUERY_INTERPRETER.recognizeParameters( "{\"author\": :a}}", sql );

		assertThat( sql.parameters ).containsExactly( ":a}}" );
		assertThat( scan( "{\"author\": :a}}" ).parameters ).containsExactly( ":a" );
	}

	@Test
	void colonBetweenKeyAndValueIsNeverAParameter() {
		assertThat( scan( "{find:'c',filter:{headline::headline,views:{$gt:1}}}" ).parameters ).containsExactly( ":headline" );
		assertThat( scan( "{find: 'c', filter: {a: true}}" ).parameters ).isEmpty();
	}

	@Test
	void markersInsideStringsAreText() {
		Recorded recorded = scan( "{find: 'c', filter: {a: ':x ?1 ?', \"b\": \"q?:y \\\" :z\"}}" );

		assertThat( recorded.parameters ).isEmpty();
		assertThat( recorded.text ).hasToString( "{find: 'c', filter: {a: ':x ?1 ?', \"b\": \"q?:y \\\" :z\"}}" );
	}

	@Test
	void regularExpressionsAndCommentsAreText() {
		assertThat( scan( "/* :x ?1 */ {find: 'c', filter: {a: /^a?b:c/i, b: :b}}" ).parameters ).containsExactly( ":b" );
	}

	@Test
	void positionalParametersKeepTheirLabels() {
		assertThat( scan( "{find: 'c', filter: {a: ?2, b: {$in: [?1, ?2]}}}" ).parameters ).containsExactly( "?2", "?1", "?2" );
		assertThat( scan( "{find: 'c', filter: {a: ?, b: ?}}" ).parameters ).containsExactly( "?", "?" );
	}

	@Test
	void parametersStandInArrayElementsAndLists() {
		assertThat( scan( "{find: 'c', filter: {a: {$in: [:first, :second]}, b: {$nin: (:third)}}}" ).parameters )
				.containsExactly( ":first", ":second", ":third" );
	}
}
