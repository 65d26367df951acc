package io.hibermongo.it.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.mongodb.client.model.Filters;
import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.it.safety.model.Message;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * User input is data, never MQL: strings that look like query operators, field paths or regular
 * expressions are stored and read back unchanged and match only themselves. Besides, a duplicate id
 * is a constraint violation that leaves the stored document alone, and a query Hibermongo cannot
 * translate is refused with an exception naming the construct.
 */
class UserInputSafetyTest {

	/** Strings that would change a query's meaning if spliced into MQL or a regular expression. */
	private static final List<String> HOSTILE = List.of(
			"{\"$gt\": \"\"}",
			"{\"$ne\": null}",
			"$where",
			"a.b",
			"a$b",
			"$",
			"\u0000x",
			".*",
			"^",
			"[a-z]+",
			"\\",
			"' or '1'='1" );

	/** Ordinary rows the hostile strings would match if they were read as operators or regular expressions. */
	private static final List<String> ORDINARY = List.of( "plain", "a", "ab", "aXb", "a.bc", "", "x" );

	private static final long FIRST_ORDINARY_ID = 100;
	private static final long FIRST_UPDATED_ID = 200;
	private static final long FIRST_DUPLICATED_ID = 300;
	private static final long FIRST_SUBQUERY_ID = 400;

	/** Rows stored once before all tests: the only ones the matching tests look at. */
	private static final int HOSTILE_PRIORITY = 1;
	private static final int ORDINARY_PRIORITY = 2;
	/** Rows the tests add, which must stay out of the matching tests' sight. */
	private static final int UPDATED_PRIORITY = 3;
	private static final int DUPLICATED_PRIORITY = 4;
	private static final int SUBQUERY_PRIORITY = 5;
	private static final String AMONG_STORED = " and m.priority <= " + ORDINARY_PRIORITY;

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void storeHostileAndOrdinaryStrings() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Message.class );
		Persistence.inTransaction( factory, em -> {
			for ( int i = 0; i < HOSTILE.size(); i++ ) {
				em.persist( new Message( hostileId( i ), HOSTILE.get( i ), HOSTILE_PRIORITY ) );
			}
			for ( int i = 0; i < ORDINARY.size(); i++ ) {
				em.persist( new Message( FIRST_ORDINARY_ID + i, ORDINARY.get( i ), ORDINARY_PRIORITY ) );
			}
		} );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	static Stream<Arguments> hostileStrings() {
		return IntStream.range( 0, HOSTILE.size() ).mapToObj( i -> Arguments.of( hostileId( i ), HOSTILE.get( i ) ) );
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("hostileStrings")
	void hostileStringIsStoredAndReadBackUnchanged(long id, String hostile) {
		EntityManager em = factory.createEntityManager();
		try {
			assertThat( em.find( Message.class, id ).getText() ).isEqualTo( hostile );
		}
		finally {
			em.close();
		}
		Document stored = mongoServer.database().getCollection( Message.COLLECTION ).find( Filters.eq( "_id", id ) ).first();
		assertThat( stored ).isNotNull();
		assertThat( stored.get( "text" ) ).isEqualTo( hostile );
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("hostileStrings")
	void equalityToAParameterMatchesOnlyTheSameString(long id, String hostile) {
		assertThat( ids( "select m.id from Message m where m.text = :text" + AMONG_STORED, hostile ) ).containsExactly( id );
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("hostileStrings")
	void equalityToALiteralMatchesOnlyTheSameString(long id, String hostile) {
		String literal = "'" + hostile.replace( "'", "''" ) + "'";
		assertThat( ids( "select m.id from Message m where m.text = " + literal + AMONG_STORED, null ) ).containsExactly( id );
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("hostileStrings")
	void likeWithTheStringAsPatternMatchesOnlyTheSameString(long id, String hostile) {
		assertThat( ids( "select m.id from Message m where m.text like :text" + AMONG_STORED, hostile ) ).containsExactly( id );
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("hostileStrings")
	void notEqualToTheStringMatchesEveryOtherRow(long id, String hostile) {
		assertThat( ids( "select m.id from Message m where m.text <> :text" + AMONG_STORED, hostile ) )
				.hasSize( HOSTILE.size() + ORDINARY.size() - 1 )
				.doesNotContain( id );
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("hostileStrings")
	void bulkUpdateStoresTheStringUnchanged(long id, String hostile) {
		long target = FIRST_UPDATED_ID + id;
		Persistence.inTransaction( factory, em -> em.persist( new Message( target, "to be overwritten", UPDATED_PRIORITY ) ) );

		Persistence.inTransaction( factory, em -> em.createQuery( "update Message m set m.text = :text where m.id = :id" )
				.setParameter( "text", hostile ).setParameter( "id", target ).executeUpdate() );

		Document stored = mongoServer.database().getCollection( Message.COLLECTION ).find( Filters.eq( "_id", target ) ).first();
		assertThat( stored ).isNotNull();
		assertThat( stored.get( "text" ) ).isEqualTo( hostile );
	}

	@Test
	void duplicateIdIsAConstraintViolation() {
		Throwable thrown = persistDuplicate( FIRST_DUPLICATED_ID );

		assertThat( thrown ).isInstanceOfAny( EntityExistsException.class, ConstraintViolationException.class );
		assertThat( causeChain( thrown ) ).anyMatch( ConstraintViolationException.class::isInstance );
	}

	@Test
	void duplicateIdKeepsTheServersDuplicateKeyErrorAsCause() {
		Throwable thrown = persistDuplicate( FIRST_DUPLICATED_ID + 1 );

		assertThat( causeChain( thrown ) )
				.anyMatch( cause -> cause.getMessage() != null && cause.getMessage().contains( "E11000" ) );
	}

	@Test
	void duplicateIdLeavesTheStoredDocumentUnchanged() {
		persistDuplicate( FIRST_DUPLICATED_ID + 2 );

		Document stored = mongoServer.database().getCollection( Message.COLLECTION )
				.find( Filters.eq( "_id", FIRST_DUPLICATED_ID + 2 ) ).first();
		assertThat( stored ).isNotNull();
		assertThat( stored.get( "text" ) ).isEqualTo( "original" );
		assertThat( stored.get( "priority" ) ).isEqualTo( DUPLICATED_PRIORITY );
	}

	@Test
	void subqueryInBulkDeleteMatchesEachHostileValueOnlyAsItself() {
		Persistence.inTransaction( factory, em -> {
			for ( int i = 0; i < HOSTILE.size(); i++ ) {
				em.persist( new Message( FIRST_SUBQUERY_ID + i, HOSTILE.get( i ), SUBQUERY_PRIORITY ) );
			}
		} );
		for ( String hostile : HOSTILE ) {
			int deleted = Persistence.computeInTransaction( factory, em -> em.createQuery( "delete from Message m where m.id in"
					+ " (select n.id from Message n where n.text = :text and n.priority = " + SUBQUERY_PRIORITY + ")" )
					.setParameter( "text", hostile ).executeUpdate() );
			assertThat( deleted ).as( "messages deleted for %s", hostile ).isEqualTo( 1 );
		}
	}

	@Test
	void nestedSetOperationIsRefusedWithAnExceptionNamingIt() {
		Throwable thrown = catchThrowable( () -> ids( "select m.id from Message m where m.priority = 1 union "
				+ "(select n.id from Message n where n.priority = 2 intersect select k.id from Message k)", null ) );

		assertThat( featureNotSupported( thrown ).getMessage() ).containsIgnoringCase( "set operation" );
	}

	/** Stores {@code id} once, then persists a second entity with the same id and returns what the flush threw. */
	private static Throwable persistDuplicate(long id) {
		Persistence.inTransaction( factory, em -> em.persist( new Message( id, "original", DUPLICATED_PRIORITY ) ) );
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			em.persist( new Message( id, "intruder", 9 ) );
			Throwable thrown = catchThrowable( em::flush );
			assertThat( thrown ).as( "flush of a second entity with id %s", id ).isNotNull();
			return thrown;
		}
		finally {
			if ( em.getTransaction().isActive() ) {
				em.getTransaction().rollback();
			}
			em.close();
		}
	}

	private static FeatureNotSupportedException featureNotSupported(Throwable thrown) {
		assertThat( thrown ).as( "exception from an untranslatable query" ).isNotNull();
		return causeChain( thrown ).stream()
				.filter( FeatureNotSupportedException.class::isInstance )
				.map( FeatureNotSupportedException.class::cast )
				.findFirst()
				.orElseThrow( () -> new AssertionError( "No FeatureNotSupportedException in the cause chain", thrown ) );
	}

	private static List<Throwable> causeChain(Throwable thrown) {
		List<Throwable> chain = new ArrayList<>();
		for ( Throwable cause = thrown; cause != null && !chain.contains( cause ); cause = cause.getCause() ) {
			chain.add( cause );
		}
		return chain;
	}

	/** Runs a query for ids, binding {@code text} unless it is null. */
	private static List<Long> ids(String hql, String text) {
		EntityManager em = factory.createEntityManager();
		try {
			var query = em.createQuery( hql, Long.class );
			if ( text != null ) {
				query.setParameter( "text", text );
			}
			return query.getResultList();
		}
		finally {
			em.close();
		}
	}

	private static long hostileId(int index) {
		return index + 1L;
	}

}
