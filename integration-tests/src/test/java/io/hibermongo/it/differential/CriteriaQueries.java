package io.hibermongo.it.differential;

import java.time.LocalDate;
import java.util.List;

import io.hibermongo.it.differential.model.Person;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import static io.hibermongo.it.differential.QueryCase.criteria;

/**
 * Differential queries built with the Criteria API, which reaches the dialect through the same SQL AST
 * as HQL but from different SQM trees (for example a parameter per literal).
 */
final class CriteriaQueries {

	private CriteriaQueries() {
	}

	static List<QueryCase> all() {
		return List.of(
				criteria( "name equal to 'alice'", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					query.select( p.get( "id" ) ).where( cb.equal( p.get( "name" ), "alice" ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "age not equal to 30", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					query.select( p.get( "id" ) ).where( cb.notEqual( p.get( "age" ), 30 ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "address.geo.lat greater than 45.0", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					Path<Double> lat = p.get( "address" ).get( "geo" ).get( "lat" );
					query.select( p.get( "id" ) ).where( cb.greaterThan( lat, 45.0 ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "address.city is null", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					query.select( p.get( "id" ) ).where( cb.isNull( p.get( "address" ).get( "city" ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "age in (22, 30, 64) or name in ('Eve')", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					query.select( p.get( "id" ) )
							.where( cb.or( p.get( "age" ).in( 22, 30, 64 ), p.get( "name" ).in( "Eve" ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "name like 'a\\_%' with escape character '\\'", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					query.select( p.get( "id" ) ).where( cb.like( p.get( "name" ), "a\\_%", '\\' ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "birthDate between 1980-01-01 and 1995-01-01", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					query.select( p.get( "id" ) ).where(
							cb.between( p.get( "birthDate" ), LocalDate.of( 1980, 1, 1 ), LocalDate.of( 1995, 1, 1 ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "not (active = true and score > 5)", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					query.select( p.get( "id" ) ).where( cb.not(
							cb.and( cb.isTrue( p.get( "active" ) ), cb.gt( p.get( "score" ), 5 ) ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "tuple (id, name, address.city) ordered by city desc nulls first, id", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Tuple> query = cb.createTupleQuery();
					Root<Person> p = query.from( Person.class );
					Path<String> city = p.get( "address" ).get( "city" );
					query.multiselect( p.get( "id" ), p.get( "name" ), city )
							.orderBy( cb.desc( city, Nulls.FIRST ), cb.asc( p.get( "id" ) ) );
					return em.createQuery( query ).getResultStream().map( Tuple::toArray ).toList();
				} ),
				criteria( "count grouped by tier having count > 2, ordered by tier", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Person> p = query.from( Person.class );
					query.multiselect( p.get( "tier" ), cb.count( p ) )
							.groupBy( p.get( "tier" ) )
							.having( cb.gt( cb.count( p ), 2 ) )
							.orderBy( cb.asc( p.get( "tier" ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "sum, avg, min, max of score where age is not null", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Person> p = query.from( Person.class );
					Path<Integer> score = p.get( "score" );
					query.multiselect( cb.sum( score ), cb.avg( score ), cb.min( score ), cb.max( score ) )
							.where( cb.isNotNull( p.get( "age" ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "coalesce(name, '-') and concat(name, city), ordered by id", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Person> p = query.from( Person.class );
					Path<String> name = p.get( "name" );
					query.multiselect( p.get( "id" ), cb.coalesce( name, "-" ),
									cb.concat( name, p.get( "address" ).get( "city" ) ) )
							.orderBy( cb.asc( p.get( "id" ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "length(trim(name)) > 4 and lower(name) <> name", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					Path<String> name = p.get( "name" );
					query.select( p.get( "id" ) ).where(
							cb.gt( cb.length( cb.trim( name ) ), 4 ),
							cb.notEqual( cb.lower( name ), name ),
							cb.not( p.get( "id" ).in( 13L, 14L ) ) );
					return em.createQuery( query ).getResultList();
				} ).onRealServerOnly( "trim() becomes $trim, which the embedded server lacks" ),
				criteria( "score * 2 - 1 >= 19, page 2 of 3 ordered by score, id", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Person> p = query.from( Person.class );
					Path<Integer> score = p.get( "score" );
					query.select( p.get( "id" ) )
							.where( cb.ge( cb.diff( cb.prod( score, 2 ), 1 ), 19 ) )
							.orderBy( cb.asc( score ), cb.asc( p.get( "id" ) ) );
					return em.createQuery( query ).setFirstResult( 3 ).setMaxResults( 3 ).getResultList();
				} ),
				criteria( "entities whose salary is null or negative, ordered by id", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Person> query = cb.createQuery( Person.class );
					Root<Person> p = query.from( Person.class );
					query.where( cb.or( cb.isNull( p.get( "salary" ) ), cb.lt( p.get( "salary" ), 0 ) ) )
							.orderBy( cb.asc( p.get( "id" ) ) );
					return em.createQuery( query ).getResultList();
				} ) );
	}
}
