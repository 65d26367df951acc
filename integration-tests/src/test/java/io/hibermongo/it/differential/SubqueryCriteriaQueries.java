package io.hibermongo.it.differential;

import java.util.List;

import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.Visit;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import static io.hibermongo.it.differential.QueryCase.criteria;

/**
 * Subqueries built with the Criteria API ({@code Subquery}, {@code exists}, {@code in}, {@code all} /
 * {@code any}, correlated roots), over {@link ClinicRows}.
 */
final class SubqueryCriteriaQueries {

	private SubqueryCriteriaQueries() {
	}

	static List<QueryCase> all() {
		return List.of(
				criteria( "owners with a pet heavier than 10 (correlated exists)", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Owner> o = query.from( Owner.class );
					Subquery<Integer> heavy = query.subquery( Integer.class );
					Root<Pet> p = heavy.from( Pet.class );
					heavy.select( cb.literal( 1 ) ).where( cb.equal( p.get( "owner" ), o ), cb.gt( p.get( "weight" ), 10 ) );
					query.select( o.get( "id" ) ).where( cb.exists( heavy ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "owners without pets (not exists)", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Owner> o = query.from( Owner.class );
					Subquery<Long> pets = query.subquery( Long.class );
					Root<Pet> p = pets.from( Pet.class );
					pets.select( p.get( "id" ) ).where( cb.equal( p.get( "owner" ), o ) );
					query.select( o.get( "id" ) ).where( cb.not( cb.exists( pets ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "pets whose id is in the visited pets", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<String> query = cb.createQuery( String.class );
					Root<Pet> p = query.from( Pet.class );
					Subquery<Long> visited = query.subquery( Long.class );
					Root<Visit> v = visited.from( Visit.class );
					visited.select( v.get( "pet" ).get( "id" ) );
					query.select( p.get( "name" ) ).where( p.get( "id" ).in( visited ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "owners whose id is not in the pets' owners (a NULL owner)", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Owner> o = query.from( Owner.class );
					Subquery<Long> owners = query.subquery( Long.class );
					Root<Pet> p = owners.from( Pet.class );
					owners.select( p.get( "owner" ).get( "id" ) );
					query.select( o.get( "id" ) ).where( cb.not( o.get( "id" ).in( owners ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "pets at least as heavy as all cats", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<String> query = cb.createQuery( String.class );
					Root<Pet> p = query.from( Pet.class );
					Subquery<Integer> cats = query.subquery( Integer.class );
					Root<Pet> c = cats.from( Pet.class );
					cats.select( c.get( "weight" ) ).where( cb.equal( c.get( "type" ).get( "name" ), "cat" ) );
					query.select( p.get( "name" ) ).where( cb.ge( p.get( "weight" ), cb.all( cats ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "pets lighter than any dog", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<String> query = cb.createQuery( String.class );
					Root<Pet> p = query.from( Pet.class );
					Subquery<Integer> dogs = query.subquery( Integer.class );
					Root<Pet> d = dogs.from( Pet.class );
					dogs.select( d.get( "weight" ) ).where( cb.equal( d.get( "type" ).get( "name" ), "dog" ) );
					query.select( p.get( "name" ) ).where( cb.lt( p.get( "weight" ), cb.any( dogs ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "pets heavier than their owner's average (correlated scalar)", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<String> query = cb.createQuery( String.class );
					Root<Pet> p = query.from( Pet.class );
					Subquery<Double> average = query.subquery( Double.class );
					Root<Pet> p2 = average.from( Pet.class );
					average.select( cb.avg( p2.get( "weight" ) ) ).where( cb.equal( p2.get( "owner" ), p.get( "owner" ) ) );
					query.select( p.get( "name" ) ).where( cb.gt( p.get( "weight" ), average ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "owners with their pet count (scalar in select)", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Object[]> query = cb.createQuery( Object[].class );
					Root<Owner> o = query.from( Owner.class );
					Subquery<Long> count = query.subquery( Long.class );
					Root<Pet> p = count.from( Pet.class );
					count.select( cb.count( p ) ).where( cb.equal( p.get( "owner" ), o ) );
					query.multiselect( o.get( "id" ), count );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "owners by size of their pets", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Owner> o = query.from( Owner.class );
					query.select( o.get( "id" ) ).where( cb.ge( cb.size( o.get( "pets" ) ), 1 ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "owners whose pets are empty", false, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Owner> o = query.from( Owner.class );
					query.select( o.get( "id" ) ).where( cb.isEmpty( o.get( "pets" ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				criteria( "pets ordered by their visit count", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<String> query = cb.createQuery( String.class );
					Root<Pet> p = query.from( Pet.class );
					Subquery<Long> visits = query.subquery( Long.class );
					Root<Visit> v = visits.from( Visit.class );
					visits.select( cb.count( v ) ).where( cb.equal( v.get( "pet" ), p ) );
					query.select( p.get( "name" ) ).orderBy( cb.desc( visits ), cb.asc( p.get( "id" ) ) );
					return em.createQuery( query ).getResultList();
				} ) );
	}
}
