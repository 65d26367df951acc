package io.hibermongo.embedded;

import java.util.Arrays;
import java.util.List;

import io.hibermongo.embedded.model.Address;
import io.hibermongo.embedded.model.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @OrderBy} on an element collection sorts the unwound elements on the server; an
 * {@code @OrderColumn} with {@code @ListIndexBase} keeps array index 0 for position 1.
 */
class OrderedElementsTest {

	private static StatementCapture capture;

	@BeforeAll
	static void start() {
		capture = new StatementCapture( Route.class );
		capture.sessionFactory.inTransaction( session -> {
			Route route = new Route();
			route.id = 1L;
			route.stops.addAll( List.of( new Address( "Bergen" ), new Address( "Oslo" ), new Address( "Moss" ) ) );
			route.legs.addAll( List.of( "north", "south" ) );
			session.persist( route );
		} );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	@Test
	void anOrderByCollectionLoadsSortedByTheServer() {
		capture.take();
		capture.sessionFactory.inSession( session -> assertThat( session.find( Route.class, 1L ).stops )
				.extracting( address -> address.city ).containsExactly( "Oslo", "Moss", "Bergen" ) );
		assertThat( capture.take() ).contains( """
				{"aggregate": "Route", "pipeline": [{"$match": {"_id": {"$param": 1}}}, \
				{"$unwind": {"path": "$stops", "includeArrayIndex": "stops#i"}}, {"$match": {"stops": {"$ne": null}}}, \
				{"$project": {"_id": 0, "c0": "$_id", "c1": "$stops.city", "c2": "$stops.geo.lat", "c3": "$stops.geo.lng"}}, \
				{"$sort": {"c1": -1}}]}""" );
	}

	@Test
	void aListIndexBaseIsAddedToTheArrayIndex() {
		capture.sessionFactory.inSession( session -> {
			assertThat( session.find( Route.class, 1L ).legs ).containsExactly( "north", "south" );
			assertThat( session.createQuery( "select index(l), l from Route r join r.legs l where l = 'south'", Object[].class )
					.getResultList() ).extracting( Arrays::asList ).containsExactly( List.of( 2, "south" ) );
		} );
	}
}
