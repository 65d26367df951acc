package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.hibermongo.it.differential.clinic.Book;
import io.hibermongo.it.differential.clinic.Card;
import io.hibermongo.it.differential.clinic.Copy;
import io.hibermongo.it.differential.clinic.Loan;
import io.hibermongo.it.differential.clinic.Location;
import io.hibermongo.it.differential.clinic.Clinic;
import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.Reader;
import io.hibermongo.it.differential.clinic.Specialty;
import io.hibermongo.it.differential.clinic.Vet;
import io.hibermongo.it.differential.clinic.ReaderProfile;
import jakarta.persistence.EntityManager;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The queries of the join differential test over {@link ClinicRows}: association joins (inner, left,
 * {@code with}), implicit joins through paths, entity joins with {@code on}, cross joins, grouping,
 * ordering and counting over joins, fetch joins (also paged), and entity loads whose EAGER associations
 * Hibernate joins.
 */
final class JoinQueries {

	private JoinQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( associationJoins() );
		all.addAll( paths() );
		all.addAll( entityJoins() );
		all.addAll( groupingAndOrdering() );
		all.addAll( fetches() );
		all.addAll( loads() );
		all.addAll( unidirectional() );
		all.addAll( otherMappings() );
		all.addAll( criteria() );
		all.addAll( manyToMany() );
		all.addAll( rightJoins() );
		all.addAll( fullJoins() );
		return all;
	}

	private static List<QueryCase> associationJoins() {
		return List.of(
				unordered( "select p.name, t.name from Pet p join p.type t" ),
				unordered( "select p.name, t.name from Pet p left join p.type t" ),
				unordered( "select o.lastName, p.name from Owner o join o.pets p" ),
				unordered( "select o.lastName, p.name from Owner o left join o.pets p" ),
				unordered( "select o.id, p.name, v.description from Owner o join o.pets p join p.visits v" ),
				unordered( "select o.id, p.name, v.description from Owner o left join o.pets p left join p.visits v" ),
				unordered( "select p.name, t.name from Pet p left join p.type t with t.name = 'cat'" ),
				unordered( "select p.name, t.name from Pet p join p.type t with t.name = 'cat'" ),
				unordered( "select p.name, o.lastName from Pet p left join p.owner o with o.city = :c", "c", "Paris" ),
				unordered( "select o.id, p.name from Owner o left join o.pets p with p.weight > 3" ),
				unordered( "select o.id, p.name from Owner o left join o.pets p with p.weight > o.id" ),
				unordered( "select b.title, a.name, l.city from Book b left join b.author a left join a.location l" ),
				unordered( "select b.title, a.name, l.city from Book b join b.author a join a.location l" ),
				unordered( "select b.title from Book b left join b.author a left join a.location l where l.city is null" ),
				unordered( "select r.name, c.number from Reader r left join r.card c" ),
				unordered( "select c.number, h.name from Card c left join c.holder h" ),
				unordered( "select p.name from Pet p join p.owner o where o.city = :c and p.weight > 3", "c", "Paris" ),
				unordered( "select p.name from Pet p left join p.owner o where o.id is null" ),
				unordered( "select p.name, o.lastName from Pet p left join p.owner o where o.city = 'Paris' or p.weight < 4" ) );
	}

	private static List<QueryCase> paths() {
		return List.of(
				unordered( "select p.name from Pet p where p.owner.city = :c", "c", "Paris" ),
				unordered( "select p.name from Pet p where p.type.name is null" ),
				unordered( "select p.name from Pet p where p.type.name <> 'cat'" ),
				unordered( "select b.title from Book b where b.author.location.city = :c", "c", "Lyon" ),
				unordered( "select b.title, b.author.name from Book b" ),
				unordered( "select c.number, c.holder.name from Card c" ),
				unordered( "select v.description from Visit v where v.pet.owner.lastName = 'Smith'" ),
				unordered( "select p.name from Pet p where p.owner.id = 1" ) );
	}

	private static List<QueryCase> entityJoins() {
		return List.of(
				unordered( "select b.title, r.id from Book b join Reader r on r.name = b.authorName and r.age > 3" ),
				unordered( "select b.title, r.id from Book b left join Reader r on r.name = b.authorName and r.age > 3" ),
				unordered( "select b.title, r.id from Book b join Reader r on r.name = b.authorName" ),
				unordered( "select b.title, r.id from Book b left join Reader r on r.name = b.authorName" ),
				unordered( "select b.title, r.id from Book b join Reader r on r.age * 100 < b.pages" ),
				unordered( "select p.name, t.name from Pet p, PetType t where p.type = t and t.name like 'd%'" ),
				unordered( "select o.lastName, t.name from Owner o cross join PetType t where t.id < 3" ),
				unordered( "select count(*) from Owner o, PetType t" ) );
	}

	private static List<QueryCase> groupingAndOrdering() {
		return List.of(
				ordered( "select p.name from Pet p join p.owner o order by o.lastName, p.id" ),
				ordered( "select p.name, o.city from Pet p left join p.owner o order by o.city desc, p.id" ),
				ordered( "select t.name, avg(p.weight), count(p) from Pet p join p.type t group by t.name order by t.name" ),
				unordered( "select o.id, count(p) from Owner o left join o.pets p group by o.id" ),
				unordered( "select o.id, count(p) from Owner o left join o.pets p group by o.id having count(p) > 1" ),
				unordered( "select count(distinct o) from Owner o join o.pets p where p.weight > 3" ),
				unordered( "select count(distinct o.id), count(p) from Owner o join o.pets p" ),
				unordered( "select distinct o.lastName from Owner o join o.pets p join p.visits v" ),
				ordered( "select p.name, v.date from Pet p join p.visits v order by v.date" ),
				QueryCase.page( "select p.name from Pet p join p.owner o order by p.id", 1, 2 ),
				QueryCase.page( "select p.name from Pet p left join p.type t order by t.name, p.id", 2, 3 ) );
	}

	private static List<QueryCase> fetches() {
		return List.of(
				entities( "select o from Owner o left join fetch o.pets where o.city = 'Paris' order by o.id" ),
				entities( "select o from Owner o join fetch o.pets order by o.id" ),
				entities( "select distinct o from Owner o left join fetch o.pets p left join fetch p.visits order by o.id" ),
				entities( "select p from Pet p join fetch p.owner order by p.id" ),
				entities( "select p from Pet p left join fetch p.owner left join fetch p.visits order by p.id" ),
				entities( "select b from Book b left join fetch b.author a left join fetch a.location order by b.id" ),
				entities( "select r from Reader r left join fetch r.card order by r.id" ),
				entities( "select o from Owner o order by o.id" ),
				new QueryCase( "select o from Owner o left join fetch o.pets order by o.id [firstResult=1, maxResults=2]", true,
						em -> rendered( em.createQuery( "select o from Owner o left join fetch o.pets order by o.id", Owner.class )
								.setFirstResult( 1 ).setMaxResults( 2 ).getResultList() ) ) );
	}

	private static List<QueryCase> otherMappings() {
		List<QueryCase> cases = new ArrayList<>( List.of(
				unordered( "select l.borrower, b.title from Loan l left join l.book b" ),
				unordered( "select l.borrower, b.title from Loan l join l.book b" ),
				unordered( "select l.borrower from Loan l where l.book is null" ),
				entities( "select l from Loan l order by l.id" ),
				unordered( "select p.bio, r.name from ReaderProfile p join p.reader r" ),
				unordered( "select c.shelfMark, e.publisher from Copy c left join c.edition e" ),
				unordered( "select c.shelfMark from Copy c where c.edition.publisher = 'Folio'" ),
				entities( "select c from Copy c left join fetch c.edition order by c.id" ),
				unordered( "select o.lastName, h.city from Owner o left join o.contact.home h" ),
				unordered( "select o.lastName from Owner o where o.contact.home.city = 'Lyon'" ),
				entities( "select l from Location l order by l.id" ),
				unordered( "select l.city, a.name from Location l join l.residents a" ) ) );
		for ( long id = 1; id <= 3; id++ ) {
			cases.add( load( Loan.class, id ) );
			cases.add( load( Copy.class, id ) );
			cases.add( load( Location.class, id ) );
			cases.add( load( ReaderProfile.class, id ) );
		}
		return cases;
	}

	private static List<QueryCase> manyToMany() {
		List<QueryCase> cases = new ArrayList<>( List.of(
				unordered( "select v.name, s.name from Vet v join v.specialties s" ),
				unordered( "select v.name, s.name from Vet v left join v.specialties s" ),
				unordered( "select v.name from Vet v join v.specialties s where s.name = :n", "n", "surgery" ),
				unordered( "select v.name, count(s) from Vet v left join v.specialties s group by v.name" ),
				unordered( "select v.name, r.name from Vet v join v.rooms r" ),
				unordered( "select v.name from Vet v where size(v.specialties) > 1" ),
				unordered( "select v.name from Vet v where v.specialties is empty" ),
				entities( "select v from Vet v order by v.id" ),
				entities( "select distinct v from Vet v left join fetch v.specialties order by v.id" ),
				entities( "select v from Vet v left join fetch v.rooms order by v.id" ),
				entities( "select s from Specialty s order by s.id" ),
				unordered( "select s.name, v.name from Specialty s join s.vets v" ),
				unordered( "select s.name, v.name from Specialty s left join s.vets v" ),
				unordered( "select s.name from Specialty s join s.vets v where v.name = :n", "n", "Douglas" ),
				unordered( "select s.name, v.name from Specialty s join s.vets v where s.name is not null and v.id > 2" ),
				unordered( "select s.name, count(v) from Specialty s left join s.vets v group by s.name" ),
				unordered( "select distinct s.name from Specialty s join s.vets v where v.name like 'O%'" ),
				unordered( "select s.name, v.name, r.name from Specialty s join s.vets v left join v.rooms r" ),
				ordered( "select s.id, v.id from Specialty s left join s.vets v order by s.id, v.id" ),
				entities( "select s from Specialty s join s.vets v where v.name = 'Ortega' order by s.id" ),
				entities( "select distinct s from Specialty s left join fetch s.vets order by s.id" ),
				unordered( "select p.name, t.name from Player p join p.teams t" ),
				unordered( "select p.name, count(t) from Player p left join p.teams t group by p.name" ),
				unordered( "select t.name, p.name from Team t join t.players p" ) ) );
		for ( long id = 1; id <= 4; id++ ) {
			cases.add( load( Vet.class, id ) );
			cases.add( load( Specialty.class, id ) );
		}
		return cases;
	}

	/** Right joins: NULL foreign keys (a stray pet), targets nobody references, duplicates, dangling keys. */
	private static List<QueryCase> rightJoins() {
		return List.of(
				unordered( "select p.name, o.lastName from Pet p right join p.owner o" ),
				unordered( "select o.lastName, p.name from Owner o right join o.pets p" ),
				unordered( "select b.title, a.name from Book b right join b.author a" ),
				unordered( "select p.name, t.name from Pet p right join p.type t" ),
				unordered( "select p.name, t.name from Pet p right join p.type t with p.weight > 3" ),
				unordered( "select p.name, o.lastName from Pet p right join p.owner o where o.city = :c", "c", "Paris" ),
				unordered( "select p.name, o.lastName from Pet p right join p.owner o where p.weight > 3 or p.id is null" ),
				unordered( "select b.title, r.name from Book b right join Reader r on r.name = b.authorName" ),
				unordered( "select b.title, r.name from Book b right join Reader r on r.name = b.authorName and b.pages > 100" ),
				unordered( "select l.borrower, b.title from Loan l right join l.book b" ),
				unordered( "select p.name, o.lastName, t.name from Pet p right join p.owner o left join p.type t" ),
				unordered( "select v.description, p.name, o.lastName from Visit v right join v.pet p left join p.owner o" ),
				unordered( "select o.lastName, count(p) from Pet p right join p.owner o group by o.lastName" ),
				unordered( "select count(*) from Pet p right join p.owner o" ),
				ordered( "select o.id, p.name from Pet p right join p.owner o order by o.id, p.id nulls first" ),
				QueryCase.page( "select o.id, p.id from Pet p right join p.owner o order by o.id, p.id", 1, 3 ),
				entities( "select o from Pet p right join p.owner o where p.id is null order by o.id" ) );
	}

	/** Full joins: the left join plus the other side's unmatched rows, brought in with $unionWith (a real server). */
	private static List<QueryCase> fullJoins() {
		String reason = "a full join reads the other collection's unmatched documents with $unionWith";
		return java.util.stream.Stream.of(
				unordered( "select p.name, o.lastName from Pet p full join p.owner o" ),
				unordered( "select b.title, a.name from Book b full join b.author a" ),
				unordered( "select b.title, r.name from Book b full join Reader r on r.name = b.authorName" ),
				unordered( "select b.title, r.name from Book b full join Reader r on r.name = b.authorName and r.age > 3" ),
				unordered( "select l.borrower, b.title from Loan l full join l.book b" ),
				unordered( "select p.name, o.lastName from Pet p full join p.owner o where o.city = 'Paris' or p.name is null" ),
				unordered( "select p.name, o.lastName, t.name from Pet p full join p.owner o left join p.type t" ),
				unordered( "select count(p), count(o) from Pet p full join p.owner o" ),
				ordered( "select o.id, p.id from Pet p full join p.owner o order by o.id nulls first, p.id nulls first" ) )
				.map( query -> query.onRealServerOnly( reason ) ).toList();
	}

	private static List<QueryCase> criteria() {
		return List.of(
				QueryCase.criteria( "pets joined to their owners in Paris", false, em -> {
					var builder = em.getCriteriaBuilder();
					var query = builder.createQuery( String.class );
					var pet = query.from( Pet.class );
					var owner = pet.join( "owner" );
					return em.createQuery( query.select( pet.get( "name" ) )
							.where( builder.equal( owner.get( "city" ), "Paris" ) ) ).getResultList();
				} ),
				QueryCase.criteria( "owners left joined to their pets, counted", false, em -> {
					var builder = em.getCriteriaBuilder();
					var query = builder.createQuery( Object[].class );
					var owner = query.from( Owner.class );
					var pet = owner.join( "pets", jakarta.persistence.criteria.JoinType.LEFT );
					return em.createQuery( query.multiselect( owner.get( "id" ), builder.count( pet ) ).groupBy( owner.get( "id" ) ) )
							.getResultList();
				} ),
				QueryCase.criteria( "books by the city of their author's location", false, em -> {
					var builder = em.getCriteriaBuilder();
					var query = builder.createQuery( String.class );
					var book = query.from( Book.class );
					return em.createQuery( query.select( book.get( "title" ) )
							.where( builder.equal( book.get( "author" ).get( "location" ).get( "city" ), "Paris" ) ) ).getResultList();
				} ) );
	}

	private static List<QueryCase> unidirectional() {
		List<QueryCase> cases = new ArrayList<>( List.of(
				unordered( "select c.name, r.name from Clinic c join c.rooms r" ),
				unordered( "select c.name, r.name from Clinic c left join c.rooms r" ),
				unordered( "select r.name from Clinic c join c.rooms r where c.name = :n", "n", "Central" ),
				entities( "select c from Clinic c left join fetch c.rooms order by c.id" ),
				entities( "select c from Clinic c order by c.id" ) ) );
		for ( long id = 1; id <= 3; id++ ) {
			cases.add( load( Clinic.class, id ) );
		}
		return cases;
	}

	private static List<QueryCase> loads() {
		List<QueryCase> loads = new ArrayList<>();
		for ( long id = 1; id <= 6; id++ ) {
			loads.add( load( Pet.class, id ) );
			loads.add( load( Book.class, id ) );
		}
		for ( long id = 1; id <= 5; id++ ) {
			loads.add( load( Reader.class, id ) );
		}
		for ( long id = 1; id <= 4; id++ ) {
			loads.add( load( Owner.class, id ) );
		}
		for ( long id = 1; id <= 3; id++ ) {
			loads.add( load( Card.class, id ) );
		}
		return loads;
	}

	/** {@code em.find} of one entity, rendered with what its EAGER and lazy associations load. */
	private static QueryCase load(Class<?> entity, long id) {
		return new QueryCase( "find " + entity.getSimpleName() + "#" + id, true, em -> rendered( java.util.Collections.singletonList( em.find( entity, id ) ) ) );
	}

	/** An HQL query returning entities, compared by their rendering in {@link ClinicRows}. */
	private static QueryCase entities(String hql) {
		Function<EntityManager, List<?>> query = em -> rendered( em.createQuery( hql ).getResultList() );
		return new QueryCase( hql, true, query );
	}

	private static List<String> rendered(List<?> rows) {
		return rows.stream().map( row -> row == null ? "null" : ClinicRows.render( row ) ).toList();
	}
}
