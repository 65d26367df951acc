package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import io.hibermongo.it.support.TestServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * One query of the differential test: what to run, and whether its result order is part of its meaning.
 * <p>
 * A query is {@linkplain #ordered(String, Object...) ordered} only when its ORDER BY determines the order
 * completely (it ends with a unique key); otherwise its rows are compared as a multiset, by sorting their
 * canonical renderings, since SQL leaves the order of equal rows to the database.
 *
 * @param name what the test reports: the HQL and its parameters, or a description of a Criteria query
 * @param ordered whether the rows must come back in the same order on both databases
 * @param query runs the query on an open {@code EntityManager} and returns its rows
 */
record QueryCase(String name, boolean ordered, Function<EntityManager, List<?>> query, String realServerOnly) {

	QueryCase(String name, boolean ordered, Function<EntityManager, List<?>> query) {
		this( name, ordered, query, null );
	}

	/**
	 * This query needs aggregation operators the embedded server lacks ({@code $trim}, {@code $regexMatch});
	 * on it the case is skipped with {@code reason}.
	 */
	QueryCase onRealServerOnly(String reason) {
		return new QueryCase( name, ordered, query, reason );
	}

	/** An HQL query whose ORDER BY orders all rows; {@code parameters} alternate names and values. */
	static QueryCase ordered(String hql, Object... parameters) {
		return new QueryCase( describe( hql, parameters ), true, em -> bind( em.createQuery( hql ), parameters ).getResultList() );
	}

	/** An HQL query whose row order is unspecified; {@code parameters} alternate names and values. */
	static QueryCase unordered(String hql, Object... parameters) {
		return new QueryCase( describe( hql, parameters ), false, em -> bind( em.createQuery( hql ), parameters ).getResultList() );
	}

	/** An ordered HQL query read one page at a time through {@code setFirstResult}/{@code setMaxResults}. */
	static QueryCase page(String hql, int firstResult, int maxResults) {
		return new QueryCase( hql + " [firstResult=" + firstResult + ", maxResults=" + maxResults + "]", true,
				em -> em.createQuery( hql ).setFirstResult( firstResult ).setMaxResults( maxResults ).getResultList() );
	}

	/** A Criteria API query, described in words. */
	static QueryCase criteria(String description, boolean ordered, Function<EntityManager, List<?>> query) {
		return new QueryCase( "Criteria: " + description, ordered, query );
	}

	/**
	 * A test that this query returns on {@code mongo} exactly the rows it returns on {@code h2}; skipped,
	 * with the reason, on the embedded server when the query needs a real one.
	 */
	DynamicTest comparing(EntityManagerFactory h2, EntityManagerFactory mongo) {
		return DynamicTest.dynamicTest( name, () -> {
			Assumptions.assumeTrue( realServerOnly == null || !TestServer.isEmbedded(),
					() -> "needs a real MongoDB server: " + realServerOnly );
			List<String> expected = rowsOn( h2 );
			Assertions.assertThat( rowsOn( mongo ) )
					.as( "%s rows on MongoDB, compared with H2's", ordered ? "Ordered" : "Unordered" )
					.containsExactlyElementsOf( expected );
		} );
	}

	/** The rows this query returns on {@code factory}, rendered canonically; sorted unless ordered. */
	List<String> rowsOn(EntityManagerFactory factory) {
		EntityManager em = factory.createEntityManager();
		try {
			List<String> rows = new ArrayList<>();
			for ( Object row : query.apply( em ) ) {
				rows.add( CanonicalRow.render( row ) );
			}
			if ( !ordered ) {
				rows.sort( null );
			}
			return rows;
		}
		finally {
			em.close();
		}
	}

	/**
	 * A test that runs this query on {@code oracle} (H2) and on {@code mongo} and expects the same rows
	 * (in the same order when it is ordered); skipped on the embedded server when it needs a real one.
	 */
	DynamicTest sameRowsOn(EntityManagerFactory oracle, EntityManagerFactory mongo) {
		return DynamicTest.dynamicTest( name, () -> {
			Assumptions.assumeTrue( realServerOnly == null || !TestServer.isEmbedded(),
					() -> "needs a real MongoDB server: " + realServerOnly );
			List<String> expected = rowsOn( oracle );
			Assertions.assertThat( rowsOn( mongo ) )
					.as( "%s rows on MongoDB, compared with H2's", ordered ? "Ordered" : "Unordered" )
					.containsExactlyElementsOf( expected );
		} );
	}

	@Override
	public String toString() {
		return name;
	}

	static Query bind(Query query, Object... parameters) {
		for ( int i = 0; i < parameters.length; i += 2 ) {
			// a Collection value binds a multi-valued parameter, as in "p.age in :ages"
			query.setParameter( (String) parameters[i], parameters[i + 1] );
		}
		return query;
	}

	static String describe(String hql, Object... parameters) {
		if ( parameters.length == 0 ) {
			return hql;
		}
		StringBuilder description = new StringBuilder( hql ).append( " [" );
		for ( int i = 0; i < parameters.length; i += 2 ) {
			description.append( i == 0 ? "" : ", " ).append( ':' ).append( parameters[i] ).append( '=' )
					.append( parameters[i + 1] instanceof Collection<?> values ? values.toString() : CanonicalRow.render( parameters[i + 1] ) );
		}
		return description.append( ']' ).toString();
	}
}
