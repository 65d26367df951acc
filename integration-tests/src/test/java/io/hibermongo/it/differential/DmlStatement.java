package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * A bulk HQL statement of the DML differential test ({@link DmlDifferentialTest}): both databases must
 * report the same count of affected rows and hold the same rows afterwards.
 *
 * @param hql the statement
 * @param parameters alternating parameter names and values
 */
record DmlStatement(String hql, Object... parameters) {

	static List<DmlStatement> all() {
		List<DmlStatement> all = new ArrayList<>();
		all.addAll( updatesWithSubqueries() );
		all.addAll( deletesWithSubqueries() );
		all.addAll( setFromOtherRows() );
		all.addAll( inserts() );
		return all;
	}

	/** Bulk updates whose WHERE reads other documents: {@code in}, {@code exists}, scalar, paths through associations. */
	private static List<DmlStatement> updatesWithSubqueries() {
		return List.of(
				new DmlStatement( "update Pet p set p.weight = 0 where p.owner.id in (select o.id from Owner o where o.city = 'Paris')" ),
				new DmlStatement( "update Pet p set p.weight = p.weight + 1 where p.owner.id not in (select o.id from Owner o where o.city = 'Paris')" ),
				// a NULL among the subquery's values: NOT IN matches nothing
				new DmlStatement( "update Owner o set o.city = 'Nice' where o.id not in (select p.owner.id from Pet p)" ),
				new DmlStatement( "update Owner o set o.city = 'Nice' where o.id not in (select p.owner.id from Pet p where p.owner is not null)" ),
				new DmlStatement( "update Pet p set p.name = 'visited' where exists (select v from Visit v where v.pet = p)" ),
				new DmlStatement( "update Pet p set p.name = 'unvisited' where not exists (select v from Visit v where v.pet = p)" ),
				new DmlStatement( "update Owner o set o.city = :c where (select count(p) from Pet p where p.owner = o) > 1", "c", "$set.x" ),
				new DmlStatement( "update Owner o set o.city = null where (select max(p.weight) from Pet p where p.owner = o) > 4" ),
				new DmlStatement( "update Pet p set p.weight = p.weight * 2 where p.owner.city = 'Paris'" ),
				new DmlStatement( "update Pet p set p.name = upper(p.name) where p.owner.lastName is null" ),
				new DmlStatement( "update Pet p set p.weight = null where p.type.name = 'dog' and p.owner.city = 'Lyon'" ),
				new DmlStatement( "update Book b set b.pages = b.pages + 1 where b.author.location.city = 'Paris'" ),
				new DmlStatement( "update Book b set b.title = :t where b.author.age > all (select a.age from Author a where a.location is null)", "t", "{\"$gt\": \"\"}" ),
				new DmlStatement( "update Book b set b.pages = 1 where b.pages > any (select b2.pages from Book b2 where b2.author.name = 'Zola')" ),
				new DmlStatement( "update Pet p set p.weight = 99 where p.id in (select v.pet.id from Visit v where v.description is null)" ),
				new DmlStatement( "update Pet p set p.weight = 1 where p.owner.id in (select o.id from Owner o where o.city = 'Nowhere')" ),
				new DmlStatement( "update versioned PetRecord r set r.weight = 5 where r.name in (select p.name from Pet p)" ) );
	}

	private static List<DmlStatement> deletesWithSubqueries() {
		return List.of(
				new DmlStatement( "delete from Visit v where v.pet.owner.city = 'Paris'" ),
				new DmlStatement( "delete from Visit v where v.pet.id in (select p.id from Pet p where p.weight > 3)" ),
				new DmlStatement( "delete from Visit v where v.pet.id not in (select p.id from Pet p where p.weight > 3)" ),
				new DmlStatement( "delete from Pet p where not exists (select v from Visit v where v.pet = p)" ),
				new DmlStatement( "delete from Book b where b.author.location.city = 'Paris'" ),
				new DmlStatement( "delete from PetRecord r where r.weight < (select max(p.weight) from Pet p where p.name = r.name)" ),
				new DmlStatement( "delete from PetRecord r where r.ownerName = (select o.lastName from Owner o where o.city = 'Lyon')" ),
				new DmlStatement( "delete from Visit v where v.date > (select min(v2.date) from Visit v2 where v2.pet = v.pet)" ) );
	}

	/** Bulk updates whose SET reads other documents: scalar subqueries, correlated or not, and association paths. */
	private static List<DmlStatement> setFromOtherRows() {
		return List.of(
				new DmlStatement( "update Pet p set p.weight = (select count(v) from Visit v where v.pet = p)" ),
				new DmlStatement( "update Pet p set p.name = (select o.lastName from Owner o where o.id = p.owner.id) where p.weight > 2" ),
				new DmlStatement( "update Owner o set o.city = (select max(p.name) from Pet p where p.owner = o), o.lastName = 'x'" ),
				new DmlStatement( "update Author a set a.age = (select max(b.pages) from Book b where b.author = a) where a.id < 4" ),
				new DmlStatement( "update Book b set b.authorName = (select a.name from Author a where a.id = 2)" ),
				new DmlStatement( "update versioned PetRecord r set r.weight = (select p.weight from Pet p where p.name = r.name)" ),
				new DmlStatement( "update PetRecord r set r.ownerName = (select o.lastName from Owner o where o.id = 1), r.weight = r.weight + 1"
						+ " where r.id in (select p.id from Pet p)" ) );
	}

	/** HQL inserts: one row and several of values, and of selects (assigned ids, a sequence, IDENTITY). */
	private static List<DmlStatement> inserts() {
		return List.of(
				new DmlStatement( "insert into PetRecord (id, name, weight) values (10, 'Ten', 10)" ),
				new DmlStatement( "insert into PetRecord (id, name, weight, ownerName) values (11, :n, null, 'x'), (12, 'Twelve', 12, :o),"
						+ " (13, null, null, null)", "n", "$gt", "o", "a.b" ),
				new DmlStatement( "insert into PetRecord (id, name, weight, ownerName) select p.id + 1000, p.name, p.weight, p.owner.lastName from Pet p" ),
				new DmlStatement( "insert into PetRecord (id, name, weight) select p.id + 1000, p.name, p.weight from Pet p where p.owner.city = 'Paris'" ),
				new DmlStatement( "insert into PetRecord (id, name, weight) select p.id + 1000, p.name, (select count(v) from Visit v where v.pet = p)"
						+ " from Pet p where exists (select v from Visit v where v.pet = p)" ),
				new DmlStatement( "insert into PetRecord (id, name, weight) select min(p.id) + 2000, p.owner.lastName, sum(p.weight) from Pet p"
						+ " group by p.owner.lastName" ),
				new DmlStatement( "insert into PetRecord (id, name) select p.id + 3000, p.name from Pet p where p.weight > 1000" ),
				// a global aggregate over no rows is one row in SQL
				new DmlStatement( "insert into PetRecord (id, name, weight) select 4000, 'none', count(p) from Pet p where p.weight > 1000" ),
				new DmlStatement( "insert into PetTag (label, weight) select p.name, p.weight from Pet p where p.weight is not null" ),
				new DmlStatement( "insert into PetTag (label, weight) values ('one', 1), ('two', null)" ),
				new DmlStatement( "insert into PetEntry (label) select o.lastName from Owner o" ),
				new DmlStatement( "insert into PetEntry (label) values ('a'), ('b'), (null)" ),
				new DmlStatement( "insert into PetNote (text) values ('first'), (:t)", "t", "$second" ),
				// a pooled sequence: Hibernate binds each row's id from its optimizer
				new DmlStatement( "insert into PooledTag (label) values ('a'), ('b'), ('c')" ),
				// one row: Hibernate's own emulation on H2 (the duplicate key is caught, 0 rows); the same count on MongoDB
				new DmlStatement( "insert into PetRecord (id, name) values (1, 'dup') on conflict do nothing" ),
				new DmlStatement( "insert into PetRecord (id, name) values (5, 'free') on conflict do nothing" ),
				// do update: H2 runs Hibernate's MERGE (updated plus inserted rows)
				new DmlStatement( "insert into PetRecord (id, name, weight) values (1, 'dup', 3), (52, 'new', 4)"
						+ " on conflict (id) do update set name = excluded.name, weight = excluded.weight + 100" ),
				new DmlStatement( "insert into PetRecord (id, name, weight) values (1, 'dup', 3), (53, 'new', 4)"
						+ " on conflict (id) do update set name = excluded.name where weight > 1000" ),
				new DmlStatement( "insert into PetRecord (id, name, weight) values (1, :n, null) on conflict (id)"
						+ " do update set weight = excluded.weight, ownerName = :o where name = 'Leo'", "n", "$x", "o", "a.b" ),
				new DmlStatement( "insert into PetRecord (id, name) values (60, 'Leo'), (61, null), (62, 'Old')"
						+ " on conflict (name) do update set weight = 0, ownerName = excluded.name" ) );
	}

	/** Runs the statement in the current transaction of {@code em} and returns the affected row count. */
	int executeOn(EntityManager em) {
		return QueryCase.bind( em.createQuery( hql ), parameters ).executeUpdate();
	}

	@Override
	public String toString() {
		return QueryCase.describe( hql, parameters );
	}
}
