package io.hibermongo.dialect.internal.jdbc;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translated command is found by its statement text for as long as a holder of that text exists, and
 * no longer; the statements Hibernate writes itself stay registered for good.
 */
class CommandRegistryTest {

	private final CommandRegistry registry = new CommandRegistry();

	@Test
	void registeringAnEqualCommandAgainReturnsTheTextAlreadyRegistered() {
		String first = registry.register( deleteById( "Book" ) );

		assertThat( registry.register( deleteById( "Book" ) ) ).isSameAs( first );
	}

	@Test
	void commandsThatRenderAlikeGetDistinctTexts() {
		MqlCommand int32 = deleteWhereVersionIs( new BsonInt32( 1 ) );
		MqlCommand int64 = deleteWhereVersionIs( new BsonInt64( 1 ) );

		String first = registry.register( int32 );
		String second = registry.register( int64 );

		assertThat( second ).isEqualTo( first + " /* variant 2 */" );
		assertThat( registry.lookup( first ) ).isEqualTo( int32 );
		assertThat( registry.lookup( second ) ).isEqualTo( int64 );
	}

	@Test
	void commandIsFoundByAnEqualTextWhileItsTextIsHeld() {
		String text = registry.register( deleteById( "Book" ) );

		collectGarbage();

		assertThat( registry.lookup( deleteById( "Book" ).text() ) ).isEqualTo( deleteById( "Book" ) );
		assertThat( text ).isNotNull();
	}

	@Test
	void commandIsForgottenOnceNoOneHoldsItsText() {
		registerWithoutKeepingTheText( deleteById( "Book" ) );

		collectGarbageUntil( () -> registry.size() == 0 );

		assertThat( registry.size() ).isZero();
		assertThat( registry.lookup( deleteById( "Book" ).text() ) ).isNull();
	}

	@Test
	void commandForgottenAndRegisteredAgainIsFoundAgain() {
		registerWithoutKeepingTheText( deleteById( "Book" ) );
		collectGarbage();

		String text = registry.register( deleteById( "Book" ) );

		assertThat( registry.lookup( text ) ).isEqualTo( deleteById( "Book" ) );
	}

	@Test
	void generatorStatementsStayRegisteredForGood() {
		registry.registerOnFirstMiss( () -> Map.of( "call next value for book_seq", deleteById( "Counter" ) ) );

		assertThat( registry.lookup( "call next value for book_seq" ) ).isEqualTo( deleteById( "Counter" ) );
		collectGarbage();

		assertThat( registry.lookup( new StringBuilder( "call next value for book_seq" ).toString() ) ).isEqualTo( deleteById( "Counter" ) );
	}

	@Test
	void sqlCommentsBeforeTheTextAreIgnored() {
		String text = registry.register( deleteById( "Book" ) );

		assertThat( registry.lookup( "/* delete Book */ /* and a hint */ " + text ) ).isEqualTo( deleteById( "Book" ) );
	}

	@Test
	void textThatNoTranslatorProducedIsNoCommand() {
		String text = registry.register( deleteById( "Book" ) );

		assertThat( registry.lookup( text.replace( "Book", "Author" ) ) ).isNull();
	}

	private void registerWithoutKeepingTheText(MqlCommand command) {
		assertThat( registry.register( command ) ).isNotEmpty();
	}

	private static MqlCommand deleteById(String collection) {
		return new MqlCommand.Delete( collection, new Filter.Comparison( "_id", Filter.Operator.EQ, new Operand.Parameter( 0 ) ), false );
	}

	/** A delete whose texts are equal for an int32 and an int64 version, though the commands differ. */
	private static MqlCommand deleteWhereVersionIs(BsonValue version) {
		return new MqlCommand.Delete( "Book", new Filter.Comparison( "version", Filter.Operator.EQ, new Operand.Literal( version ) ), true );
	}

	/** Runs a full collection, which clears the weak references to objects no longer strongly reachable. */
	private static void collectGarbage() {
		collectGarbageUntil( () -> true );
	}

	/**
	 * Runs full collections until {@code done}, for at most 5 seconds: a cleared reference reaches its
	 * queue (whence a {@code WeakHashMap} drops the entry) a little after the collection.
	 */
	static void collectGarbageUntil(BooleanSupplier done) {
		WeakReference<Object> sentinel = new WeakReference<>( new Object() );
		long deadline = System.nanoTime() + 5_000_000_000L;
		do {
			System.gc();
			Thread.onSpinWait();
		}
		while ( ( sentinel.get() != null || !done.getAsBoolean() ) && System.nanoTime() < deadline );
	}
}
