package io.hibermongo.dialect.internal.mql;

import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regex of a LIKE on a computed value is derived from the bound pattern with the predicate's own escape
 * character, and that escape character is part of the expression's identity and statement text.
 */
class LikeRegexTest {

	private static final Operand PATTERN = new Operand.Parameter( 0 );

	@Test
	void regexIsDerivedWithItsOwnEscapeCharacter() {
		assertThat( bound( new Expression.LikeRegex( PATTERN, '#' ), new BsonString( "a#_b%" ) ) )
				.isEqualTo( new BsonDocument( "$literal", new BsonString( "^a\\x{5f}b.*$" ) ) );
	}

	@Test
	void escapeCharacterOfAnotherPatternIsLiteral() {
		assertThat( bound( new Expression.LikeRegex( PATTERN, '!' ), new BsonString( "a#_b" ) ) )
				.isEqualTo( new BsonDocument( "$literal", new BsonString( "^a\\x{23}.b$" ) ) );
	}

	@Test
	void nullPatternGivesANullRegex() {
		assertThat( bound( new Expression.LikeRegex( PATTERN, null ), BsonNull.VALUE ) )
				.isEqualTo( new BsonDocument( "$literal", BsonNull.VALUE ) );
	}

	@Test
	void escapeCharacterIsPartOfTheIdentity() {
		assertThat( new Expression.LikeRegex( PATTERN, '!' ) ).isNotEqualTo( new Expression.LikeRegex( PATTERN, '#' ) );
	}

	@Test
	void escapeCharacterIsShownInTheStatementText() {
		assertThat( new Expression.LikeRegex( PATTERN, '!' ).toBson( Values.TEMPLATE ) )
				.isEqualTo( BsonDocument.parse( "{\"$like\": {\"$param\": 1}, \"escape\": \"!\"}" ) );
	}

	private static BsonValue bound(Expression expression, BsonValue pattern) {
		return expression.toBson( Values.bound( new BsonValue[] { pattern } ) );
	}
}
