package io.hibermongo.it.differential;

import java.util.List;

import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import jakarta.persistence.criteria.Root;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaWindow;

import static io.hibermongo.it.differential.QueryCase.criteria;

/**
 * Window functions built with Hibernate's Criteria API ({@link JpaWindow}: partitions, orders, ROWS and
 * RANGE frames), over {@link ClinicRows}; they reach the translator as the same SQL AST as HQL's.
 */
final class WindowFunctionCriteriaQueries {

	private WindowFunctionCriteriaQueries() {
	}

	static List<QueryCase> all() {
		return List.of(
				criteria( "row_number() over (partition by the owner order by id) of pets", false, em -> {
					HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) em.getCriteriaBuilder();
					JpaCriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Pet> p = query.from( Pet.class );
					JpaWindow window = cb.createWindow().partitionBy( p.get( "owner" ).get( "id" ) ).orderBy( cb.asc( p.get( "id" ) ) );
					query.multiselect( p.get( "name" ), cb.rowNumber( window ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "rank() over (order by city) of owners", false, em -> {
					HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) em.getCriteriaBuilder();
					JpaCriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Owner> o = query.from( Owner.class );
					query.multiselect( o.get( "lastName" ), cb.rank( cb.createWindow().orderBy( cb.asc( o.get( "city" ) ) ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "sum(weight) over (order by id rows between 1 preceding and current row) of pets", false, em -> {
					HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) em.getCriteriaBuilder();
					JpaCriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Pet> p = query.from( Pet.class );
					JpaWindow window = cb.createWindow().orderBy( cb.asc( p.get( "id" ) ) )
							.frameRows( cb.frameBetweenPreceding( 1 ), cb.frameCurrentRow() );
					query.multiselect( p.get( "name" ), cb.sum( p.<Integer>get( "weight" ), window ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "count(id) over (order by city range between unbounded preceding and current row) of owners", false, em -> {
					HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) em.getCriteriaBuilder();
					JpaCriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Owner> o = query.from( Owner.class );
					JpaWindow window = cb.createWindow().orderBy( cb.asc( o.get( "city" ) ) )
							.frameRange( cb.frameUnboundedPreceding(), cb.frameCurrentRow() );
					query.multiselect( o.get( "lastName" ), cb.count( o.get( "id" ), window ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "first_value(name) over (partition by the type order by weight descending) of pets", false, em -> {
					HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) em.getCriteriaBuilder();
					JpaCriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Pet> p = query.from( Pet.class );
					JpaWindow window = cb.createWindow().partitionBy( p.get( "type" ).get( "id" ) ).orderBy( cb.desc( p.get( "weight" ) ) );
					query.multiselect( p.get( "name" ), cb.firstValue( p.<String>get( "name" ), window ) );
					return em.createQuery( query ).getResultList();
				} ) );
	}
}
