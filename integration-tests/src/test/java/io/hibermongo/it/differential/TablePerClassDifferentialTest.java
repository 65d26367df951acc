package io.hibermongo.it.differential;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hibermongo.it.inheritance.model.CardPayment;
import io.hibermongo.it.inheritance.model.CashPayment;
import io.hibermongo.it.inheritance.model.Payment;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * A TABLE_PER_CLASS hierarchy (a collection per concrete class) on MongoDB and on H2 (the oracle): reads of
 * a concrete class are plain commands on its collection and run everywhere; polymorphic reads over the
 * abstract root are a {@code $unionWith} of the collections, which the embedded server cannot run, so they
 * are skipped there with the reason.
 */
class TablePerClassDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final String UNION = "a polymorphic read of a TABLE_PER_CLASS hierarchy is $unionWith, which mongo-java-server 1.47 lacks";

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void persistTheSamePaymentsOnBothDatabases() {
		h2 = Persistence.h2( Payment.class, CardPayment.class, CashPayment.class );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), Payment.class, CardPayment.class, CashPayment.class );
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			Persistence.inTransaction( factory, em -> {
				em.persist( new CardPayment( 10, "visa" ) );
				em.persist( new CashPayment( 5, "EUR" ) );
				em.persist( new CardPayment( null, "amex" ) );
				em.persist( new CashPayment( 30, null ) );
				em.persist( new CardPayment( 30, "visa" ) );
			} );
		}
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	Stream<DynamicTest> readsReturnTheSameRowsOnMongoDbAsOnH2() {
		return Stream.of(
				ordered( "select c from CardPayment c order by c.id" ),
				ordered( "select c.id from CashPayment c where c.currency is null" ),
				ordered( "select count(*), sum(c.amount) from CardPayment c where c.card = 'visa'" ),
				new QueryCase( "find(CardPayment, 3)", true, em -> Arrays.asList( em.find( CardPayment.class, 3L ) ) ),
				new QueryCase( "find(CashPayment, 3)", true, em -> Arrays.asList( em.find( CashPayment.class, 3L ) ) ),
				unordered( "select p.id from Payment p" ).onRealServerOnly( UNION ),
				ordered( "select p from Payment p order by p.id" ).onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where p.amount >= 10 order by p.id" ).onRealServerOnly( UNION ),
				ordered( "select p.id, type(p) from Payment p order by p.id" ).onRealServerOnly( UNION ),
				ordered( "select count(*), max(p.amount) from Payment p" ).onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where type(p) = CardPayment order by p.id" ).onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where type(p) <> CashPayment or p.amount is null order by p.id" ).onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where type(p) in (CashPayment) and p.amount > 6 order by p.id" ).onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where treat(p as CardPayment).card = 'visa' order by p.id" ).onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where treat(p as CardPayment).card is null order by p.id" ).onRealServerOnly( UNION ),
				unordered( "select treat(p as CashPayment).currency from Payment p where treat(p as CashPayment).currency is null" )
						.onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where p.amount > (select avg(c.amount) from CardPayment c) order by p.id" ).onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where p.amount not in (select c.amount from CashPayment c where c.amount is not null) order by p.id" )
						.onRealServerOnly( UNION ),
				ordered( "select p.id from Payment p where exists (select 1 from CardPayment c where c.amount = p.amount and c.id <> p.id) order by p.id" )
						.onRealServerOnly( UNION ),
				ordered( "select c.id from CardPayment c where exists (select 1 from Payment p where p.amount = c.amount and p.id <> c.id) order by c.id" )
						.onRealServerOnly( UNION ),
				ordered( "select count(*) from CashPayment c where c.amount > (select avg(p.amount) from Payment p)" ).onRealServerOnly( UNION ),
				ordered( "select c.id from CashPayment c where c.amount in (select p.amount from Payment p where type(p) = CardPayment) order by c.id" )
						.onRealServerOnly( UNION ),
				new QueryCase( "find(Payment, 2)", true, em -> Arrays.asList( em.find( Payment.class, 2L ) ) ).onRealServerOnly( UNION ) )
				.map( query -> query.sameRowsOn( h2, mongo ) );
	}
}
