package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The queries of the subquery differential test over {@link ClinicRows}: {@code [not] in},
 * {@code [not] exists}, scalar subqueries in select, where and order by, quantified {@code all} /
 * {@code any} / {@code some}, tuple {@code in}, {@code size()} and {@code is [not] empty} of entity
 * collections, subqueries with aggregates and grouping, correlated and not, nested.
 */
final class SubqueryQueries {

	private SubqueryQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( in() );
		all.addAll( exists() );
		all.addAll( scalar() );
		all.addAll( quantified() );
		all.addAll( collections() );
		all.addAll( aggregates() );
		all.addAll( more() );
		all.addAll( SubqueryCriteriaQueries.all() );
		return all;
	}

	private static List<QueryCase> in() {
		return List.of(
				unordered( "select p.name from Pet p where p.owner.id in (select o.id from Owner o where o.city = 'Paris')" ),
				unordered( "select p.name from Pet p where p.owner.id not in (select o.id from Owner o where o.city = 'Paris')" ),
				unordered( "select o.lastName from Owner o where o.id in (select p.owner.id from Pet p)" ),
				// the stray pet has no owner: its NULL makes NOT IN match nothing
				unordered( "select o.id from Owner o where o.id not in (select p.owner.id from Pet p)" ),
				unordered( "select o.id from Owner o where o.id not in (select p.owner.id from Pet p where p.owner is not null)" ),
				unordered( "select o.id from Owner o where o.id not in (select p.owner.id from Pet p where p.weight > 100)" ),
				unordered( "select o.id from Owner o where o.lastName in (select a.name from Author a)" ),
				unordered( "select o.id from Owner o where o.lastName not in (select a.name from Author a)" ),
				unordered( "select b.title from Book b where b.authorName in (select r.name from Reader r)" ),
				// a reader without a name: NOT IN is empty
				unordered( "select b.title from Book b where b.authorName not in (select r.name from Reader r)" ),
				unordered( "select b.title from Book b where b.authorName not in (select r.name from Reader r where r.name is not null)" ),
				unordered( "select b.title from Book b where b.pages in (select a.age * 10 from Author a)" ),
				unordered( "select p.name from Pet p where p.weight in (select p2.weight from Pet p2 where p2.id <> p.id)" ),
				unordered( "select p.name from Pet p where p.weight not in (select p2.weight from Pet p2 where p2.id <> p.id and p2.weight is not null)" ),
				unordered( "select p.name from Pet p where p.type.id in (select t.id from PetType t where t.name like 'c%')" ),
				unordered( "select p.name from Pet p where p.type.id not in (select t.id from PetType t where t.name like 'c%')" ),
				unordered( "select p.name from Pet p where p.id in (select v.pet.id from Visit v where v.description = :d)", "d", "shot" ),
				unordered( "select p.name from Pet p where p.id not in (select v.pet.id from Visit v where v.description = :d)", "d", "shot" ),
				unordered( "select p.name from Pet p where p.id in (select v.pet.id from Visit v where v.description = :d)", "d", "none" ),
				unordered( "select p.name from Pet p where p.id not in (select v.pet.id from Visit v where v.description = :d)", "d", "none" ),
				unordered( "select p.name from Pet p where p.name in (select o.lastName from Owner o) or p.weight > 10" ),
				unordered( "select p.name from Pet p where not (p.owner.id in (select o.id from Owner o where o.city = 'Paris'))" ),
				unordered( "select p.name from Pet p where p.owner.id in (select o.id from Owner o where o.city = 'Paris') and p.weight > 3" ),
				unordered( "select p.name from Pet p where (p.owner.id, p.type.id) in (select p2.owner.id, p2.type.id from Pet p2 where p2.id <> p.id)" ),
				unordered( "select p.name from Pet p where (p.owner.id, p.type.id) not in (select p2.owner.id, p2.type.id from Pet p2 where p2.id <> p.id)" ),
				unordered( "select p.name from Pet p where (p.name, p.weight) in (select o.lastName, o.id from Owner o)" ),
				unordered( "select b.title from Book b where b.author.id in (select a.id from Author a where a.location.city = 'Paris')" ),
				unordered( "select b.title from Book b join b.author a where a.location.id in (select l.id from Location l where l.city is not null)" ),
				unordered( "select b.title from Book b left join b.author a where a.location.id not in (select l.id from Location l where l.city = 'Lyon')" ),
				unordered( "select l.borrower from Loan l where l.book.id in (select b.id from Book b)" ),
				unordered( "select l.borrower from Loan l where l.book.id not in (select b.id from Book b)" ),
				unordered( "select o.id from Owner o where o.id in (select p.owner.id from Pet p where p.id in (select v.pet.id from Visit v))" ),
				unordered( "select o.id from Owner o where o.id not in (select p.owner.id from Pet p where p.id in (select v.pet.id from Visit v))" ),
				unordered( "select o.lastName from Owner o where o.id in (select p.owner.id from Pet p group by p.owner.id having count(*) > 1)" ),
				unordered( "select r.name from Reader r where r.age in (select max(r2.age) from Reader r2)" ),
				unordered( "select r.name from Reader r where r.age not in (select min(r2.age) from Reader r2)" ),
				unordered( "select s.name from Specialty s where s.id in (select sp.id from Vet v join v.specialties sp where v.name = 'Douglas')" ),
				unordered( "select v.name from Vet v where v.id in (select v2.id from Vet v2 join v2.rooms r where r.name is not null)" ),
				unordered( "select distinct p.type.name from Pet p where p.owner.id in (select o.id from Owner o where o.lastName is not null)" ),
				ordered( "select p.name from Pet p where p.id in (select v.pet.id from Visit v) order by p.name" ),
				ordered( "select p.name from Pet p where p.owner.id in (select o.id from Owner o) order by p.weight desc nulls last, p.id" ) );
	}

	private static List<QueryCase> exists() {
		return List.of(
				unordered( "select o.lastName from Owner o where exists (select p from Pet p where p.owner = o)" ),
				unordered( "select o.id from Owner o where not exists (select p from Pet p where p.owner = o)" ),
				unordered( "select o.id from Owner o where exists (select p from Pet p where p.owner = o and p.weight > 10)" ),
				unordered( "select o.id from Owner o where not exists (select p from Pet p where p.owner = o and p.weight > 10)" ),
				unordered( "select o.id from Owner o where exists (select 1 from Pet p where p.owner.id = o.id and p.weight is null)" ),
				unordered( "select p.name from Pet p where exists (select 1 from Visit v where v.pet = p and v.description = 'shot')" ),
				unordered( "select p.name from Pet p where not exists (select 1 from Visit v where v.pet = p and v.description is not null)" ),
				unordered( "select p.name from Pet p where exists (select 1 from Owner o where o.city = 'Lyon')" ),
				unordered( "select p.name from Pet p where exists (select 1 from Owner o where o.city = 'Rome')" ),
				unordered( "select p.name from Pet p where not exists (select 1 from Owner o where o.city = 'Rome')" ),
				unordered( "select p.name from Pet p where exists (select 1 from Owner o where o.city = :c and o.id = p.owner.id)", "c", "Paris" ),
				unordered( "select o.id from Owner o where exists (select 1 from Pet p where p.owner = o and exists (select 1 from Visit v where v.pet = p))" ),
				unordered( "select o.id from Owner o where exists (select 1 from Pet p where p.owner = o and not exists (select 1 from Visit v where v.pet = p))" ),
				unordered( "select o.id from Owner o where exists (select 1 from Pet p where p.owner = o) or o.city = 'Paris'" ),
				unordered( "select o.id from Owner o where not (exists (select 1 from Pet p where p.owner = o) and o.city = 'Paris')" ),
				unordered( "select a.name from Author a where exists (select 1 from Book b where b.author = a and b.pages > 400)" ),
				unordered( "select a.name from Author a where not exists (select 1 from Book b where b.authorName = a.name)" ),
				unordered( "select b.title from Book b where exists (select 1 from Reader r where r.name = b.authorName)" ),
				unordered( "select b.title from Book b where not exists (select 1 from Reader r where r.name = b.authorName)" ),
				unordered( "select b.title from Book b where exists (select 1 from Author a where a.id = b.author.id and a.location.city = 'Paris')" ),
				unordered( "select l.borrower from Loan l where exists (select 1 from Book b where b = l.book)" ),
				unordered( "select r.name from Reader r where exists (select 1 from Card c where c.holder = r)" ),
				unordered( "select c.number from Card c where not exists (select 1 from Reader r where r = c.holder)" ),
				unordered( "select p.name, t.name from Pet p join p.type t where exists (select 1 from Pet p2 where p2.type = t and p2.id <> p.id)" ),
				unordered( "select p.name from Pet p left join p.owner o where not exists (select 1 from Pet p2 where p2.owner = o and p2.weight > p.weight)" ),
				unordered( "select v.name from Vet v where exists (select 1 from Specialty s where s.name = v.name)" ),
				unordered( "select s.name from Specialty s where exists (select 1 from Vet v join v.specialties sp where sp = s)" ),
				unordered( "select s.name from Specialty s where not exists (select 1 from Vet v join v.specialties sp where sp = s)" ),
				ordered( "select o.id from Owner o where exists (select 1 from Pet p where p.owner = o) order by o.id desc" ),
				QueryCase.page( "select o.id from Owner o where exists (select 1 from Pet p where p.owner = o) order by o.id", 1, 1 ) );
	}

	private static List<QueryCase> scalar() {
		return List.of(
				unordered( "select o.id, (select count(*) from Pet p where p.owner = o) from Owner o" ),
				unordered( "select o.id, (select max(p.weight) from Pet p where p.owner = o) from Owner o" ),
				unordered( "select o.id, (select sum(p.weight) from Pet p where p.owner = o) from Owner o" ),
				unordered( "select o.id, (select min(p.name) from Pet p where p.owner = o) from Owner o" ),
				unordered( "select p.name, (select t.name from PetType t where t = p.type) from Pet p" ),
				unordered( "select p.name, (select o.lastName from Owner o where o = p.owner) from Pet p" ),
				unordered( "select p.name, (select count(*) from Visit v where v.pet = p) + 1 from Pet p" ),
				unordered( "select p.name, (select max(p2.weight) from Pet p2) from Pet p" ),
				unordered( "select p.name from Pet p where p.weight = (select max(p2.weight) from Pet p2)" ),
				unordered( "select p.name from Pet p where p.weight < (select avg(p2.weight) from Pet p2)" ),
				unordered( "select p.name from Pet p where p.weight > (select avg(p2.weight) from Pet p2 where p2.owner = p.owner)" ),
				unordered( "select p.name from Pet p where p.weight >= (select max(p2.weight) from Pet p2 where p2.type = p.type)" ),
				unordered( "select p.name from Pet p where (select count(*) from Visit v where v.pet = p) = 0" ),
				unordered( "select p.name from Pet p where (select count(*) from Visit v where v.pet = p) >= 1" ),
				unordered( "select p.name from Pet p where p.weight > (select max(p2.weight) from Pet p2 where p2.weight > 1000)" ),
				unordered( "select p.name from Pet p where p.name = (select o.lastName from Owner o where o.id = 99)" ),
				unordered( "select b.title from Book b where b.pages > (select avg(b2.pages) from Book b2)" ),
				unordered( "select a.name from Author a where a.age = (select max(a2.age) from Author a2 where a2.location = a.location)" ),
				unordered( "select a.name, (select count(*) from Book b where b.author = a) from Author a" ),
				unordered( "select a.name, (select coalesce(sum(b.pages), 0) from Book b where b.author = a) from Author a" ),
				unordered( "select l.city, (select count(*) from Author a where a.location = l) from Location l" ),
				unordered( "select r.name, (select c.number from Card c where c.holder = r) from Reader r" ),
				unordered( "select p.name from Pet p where p.type.id = (select t.id from PetType t where t.name = 'dog')" ),
				unordered( "select p.name from Pet p where p.type.id <> (select t.id from PetType t where t.name = 'dog')" ),
				ordered( "select o.id from Owner o order by (select count(*) from Pet p where p.owner = o) desc, o.id" ),
				ordered( "select p.name from Pet p order by (select count(*) from Visit v where v.pet = p), p.id" ),
				ordered( "select o.id, (select count(*) from Pet p where p.owner = o) from Owner o order by o.id" ),
				ordered( "select p.name, (select max(v.date) from Visit v where v.pet = p) from Pet p order by p.id" ),
				ordered( "select o.lastName from Owner o where (select count(*) from Pet p where p.owner = o) > 1 order by o.lastName" ),
				unordered( "select case when (select count(*) from Pet p where p.owner = o) > 1 then 'many' else 'few' end from Owner o" ),
				unordered( "select o.id from Owner o where coalesce((select max(p.weight) from Pet p where p.owner = o), 0) < 5" ) );
	}

	private static List<QueryCase> quantified() {
		return List.of(
				unordered( "select p.name from Pet p where p.weight > all (select p2.weight from Pet p2 where p2.type.name = 'cat')" ),
				unordered( "select p.name from Pet p where p.weight >= all (select p2.weight from Pet p2)" ),
				unordered( "select p.name from Pet p where p.weight >= all (select p2.weight from Pet p2 where p2.weight is not null)" ),
				unordered( "select p.name from Pet p where p.weight > any (select p2.weight from Pet p2 where p2.type.name = 'cat')" ),
				unordered( "select p.name from Pet p where p.weight < some (select p2.weight from Pet p2 where p2.type.name = 'dog')" ),
				unordered( "select p.name from Pet p where p.weight = any (select p2.weight from Pet p2 where p2.id <> p.id)" ),
				unordered( "select p.name from Pet p where p.weight <> all (select p2.weight from Pet p2 where p2.id <> p.id)" ),
				unordered( "select p.name from Pet p where p.weight > all (select p2.weight from Pet p2 where p2.weight > 1000)" ),
				unordered( "select p.name from Pet p where p.weight > any (select p2.weight from Pet p2 where p2.weight > 1000)" ),
				unordered( "select p.name from Pet p where not (p.weight > all (select p2.weight from Pet p2 where p2.type.name = 'cat'))" ),
				unordered( "select p.name from Pet p where not (p.weight > any (select p2.weight from Pet p2 where p2.type.name = 'cat'))" ),
				unordered( "select p.name from Pet p where p.weight <= all (select p2.weight from Pet p2 where p2.owner = p.owner)" ),
				unordered( "select b.title from Book b where b.pages >= all (select b2.pages from Book b2 where b2.author = b.author and b2.pages is not null)" ),
				unordered( "select a.name from Author a where a.age < any (select a2.age from Author a2)" ),
				unordered( "select a.name from Author a where a.age >= all (select a2.age from Author a2 where a2.age is not null)" ) );
	}

	private static List<QueryCase> collections() {
		return List.of(
				unordered( "select o.id, size(o.pets) from Owner o" ),
				unordered( "select o.id from Owner o where size(o.pets) > 1" ),
				unordered( "select o.id from Owner o where size(o.pets) = 0" ),
				unordered( "select o.id from Owner o where o.pets is empty" ),
				unordered( "select o.id from Owner o where o.pets is not empty" ),
				unordered( "select p.name from Pet p where p.visits is empty" ),
				unordered( "select p.name from Pet p where p.visits is not empty" ),
				unordered( "select p.name, size(p.visits) from Pet p" ),
				unordered( "select l.city, size(l.residents) from Location l" ),
				unordered( "select l.city from Location l where l.residents is empty" ),
				unordered( "select s.name from Specialty s where s.vets is empty" ),
				unordered( "select s.name from Specialty s where s.vets is not empty" ),
				unordered( "select s.name, size(s.vets) from Specialty s" ),
				unordered( "select s.name from Specialty s where size(s.vets) > 1" ),
				unordered( "select c.name, size(c.rooms) from Clinic c" ),
				unordered( "select c.name from Clinic c where c.rooms is empty" ),
				unordered( "select o.id from Owner o where size(o.pets) > 0 and o.city = 'Paris'" ),
				ordered( "select o.id from Owner o order by size(o.pets) desc, o.id" ),
				unordered( "select p.name from Pet p join p.owner o where size(o.pets) > 1" ),
				unordered( "select o.id from Owner o where exists (select 1 from Pet p where p.owner = o and p.visits is not empty)" ),
				unordered( "select o.id from Owner o where exists (select 1 from Pet p where p.owner = o and p.id = :pet)", "pet", 1L ) );
	}

	private static List<QueryCase> aggregates() {
		return List.of(
				unordered( "select p.owner.id, count(*) from Pet p where p.weight > (select min(p2.weight) from Pet p2) group by p.owner.id" ),
				unordered( "select p.type.id, max(p.weight) from Pet p where p.owner.id in (select o.id from Owner o where o.city = 'Paris') group by p.type.id" ),
				unordered( "select count(*) from Pet p where exists (select 1 from Visit v where v.pet = p)" ),
				unordered( "select count(*) from Owner o where o.id not in (select p.owner.id from Pet p where p.owner is not null)" ),
				unordered( "select o.city, count(*) from Owner o where exists (select 1 from Pet p where p.owner = o) group by o.city" ),
				unordered( "select o.city from Owner o group by o.city having count(*) > (select count(*) from Location l where l.city = 'Lyon')" ),
				unordered( "select p.owner.id, avg(p.weight) from Pet p group by p.owner.id having avg(p.weight) > (select avg(p2.weight) from Pet p2)" ),
				unordered( "select t.name from PetType t where (select count(*) from Pet p where p.type = t) >= 2" ),
				unordered( "select t.name from PetType t where 1 < (select count(*) from Pet p where p.type = t)" ),
				unordered( "select t.name from PetType t where (select avg(p.weight) from Pet p where p.type = t) > 3" ),
				unordered( "select t.name, (select count(distinct p.owner) from Pet p where p.type = t) from PetType t" ),
				unordered( "select o.id from Owner o where o.id in (select p.owner.id from Pet p where p.weight is not null group by p.owner.id having sum(p.weight) > 5)" ),
				unordered( "select o.id from Owner o where (select count(*) from Pet p where p.owner = o and p.weight > 3) = (select count(*) from Pet p2 where p2.owner = o)" ),
				unordered( "select o.id from Owner o where o.id in (select p.owner.id from Pet p order by p.weight desc limit 1)" ),
				unordered( "select o.id from Owner o where o.id in (select p.owner.id from Pet p where p.weight is not null order by p.weight limit 2)" ),
				unordered( "select p.name from Pet p where p.owner.id in (select distinct p2.owner.id from Pet p2 where p2.weight > 3)" ),
				// subqueries inside aggregate functions and GROUP BY: evaluated per input row, before $group
				unordered( "select p.owner.id, sum((select count(*) from Visit v where v.pet = p)) from Pet p group by p.owner.id" ),
				unordered( "select count((select max(v.date) from Visit v where v.pet = p)) from Pet p" ),
				unordered( "select max((select t.name from PetType t where t = p.type)), min((select t.name from PetType t where t = p.type)) from Pet p" ),
				unordered( "select sum(case when exists (select 1 from Visit v where v.pet = p) then 1 else 0 end) from Pet p" ),
				unordered( "select avg((select count(*) from Pet p where p.owner = o)) from Owner o" ),
				unordered( "select o.city, count(*) from Owner o group by o.city having sum((select count(*) from Pet p where p.owner = o)) > 1" ),
				unordered( "select count(*) from Pet p group by (select count(*) from Visit v where v.pet = p)" ),
				unordered( "select o.city, max((select max(p.weight) from Pet p where p.owner = o)) from Owner o group by o.city" ),
				unordered( "select p.type.id, count(distinct (select o.city from Owner o where o = p.owner)) from Pet p group by p.type.id" ),
				unordered( "select count(*) filter (where p.id in (select v.pet.id from Visit v)) from Pet p" ),
				unordered( "select sum((select count(*) from Visit v where v.pet = p)) from Pet p where p.owner is null" ),
				ordered( "select p.owner.id from Pet p where p.owner is not null group by p.owner.id order by sum((select count(*) from Visit v where v.pet = p)) desc, p.owner.id" ) );
	}

	private static List<QueryCase> more() {
		return List.of(
				// a condition two levels down reading the outermost row
				unordered( "select o.id from Owner o where exists (select 1 from Pet p where p.owner = o and exists (select 1 from Visit v where v.pet = p and o.city = 'Paris'))" ),
				unordered( "select o.id from Owner o where exists (select 1 from Pet p where exists (select 1 from Visit v where v.pet = p and p.owner.id = o.id))" ),
				unordered( "select p.name from Pet p where p.weight = (select max(p2.weight) from Pet p2 where p2.owner = p.owner) or p.owner is null" ),
				unordered( "select p.name from Pet p where p.id in (select v.pet.id from Visit v where v.date >= :d)", "d", java.time.LocalDate.of( 2024, 2, 1 ) ),
				unordered( "select p.name from Pet p where p.id not in (select v.pet.id from Visit v where v.date >= :d)", "d", java.time.LocalDate.of( 2024, 2, 1 ) ),
				unordered( "select p.name from Pet p where p.id in (select v.pet.id from Visit v where v.description like 's%')" ),
				unordered( "select p.name from Pet p where p.id in (select v.pet.id from Visit v where v.description in ('shot', 'checkup'))" ),
				unordered( "select p.name from Pet p where p.id in (select v.pet.id from Visit v where v.description is null)" ),
				unordered( "select p.name from Pet p where p.name in (select upper(substring(o.lastName, 1, 1)) || 'ax' from Owner o)" ),
				unordered( "select p.name from Pet p where lower(p.name) in (select lower(t.name) from PetType t)" ),
				unordered( "select p.name from Pet p where p.weight + 1 in (select p2.weight from Pet p2)" ),
				unordered( "select p.name from Pet p where p.weight in (select p2.weight * 2 from Pet p2 where p2.weight is not null)" ),
				unordered( "select p.name from Pet p where p.weight in (select p2.weight from Pet p2 where p2.id = :id)", "id", 3L ),
				unordered( "select p.name from Pet p where p.weight not in (select p2.weight from Pet p2 where p2.id = :id)", "id", 3L ),
				unordered( "select p.name from Pet p where p.weight not in (select p2.weight from Pet p2 where p2.id = :id)", "id", 1L ),
				unordered( "select p.name from Pet p where p.weight > all (select p2.weight from Pet p2 where p2.id = :id)", "id", 3L ),
				unordered( "select p.name from Pet p where p.weight > any (select p2.weight from Pet p2 where p2.id = :id)", "id", 3L ),
				unordered( "select p.name from Pet p where exists (select 1 from Pet p2 where p2.id = :id and p2.weight is null)", "id", 3L ),
				unordered( "select o.lastName, (select count(*) from Pet p where p.owner = o and p.weight > :w) from Owner o", "w", 3 ),
				unordered( "select o.lastName, (select max(p.name) from Pet p where p.owner = o), (select min(p.name) from Pet p where p.owner = o) from Owner o" ),
				unordered( "select p.name, (select count(*) from Visit v where v.pet = p), (select max(v.date) from Visit v where v.pet = p) from Pet p" ),
				unordered( "select (select count(*) from Pet p where p.owner = o) from Owner o where o.city = 'Paris'" ),
				unordered( "select distinct (select count(*) from Pet p where p.owner = o) from Owner o" ),
				unordered( "select p.name from Pet p where (select t.name from PetType t where t = p.type) is null" ),
				unordered( "select p.name from Pet p where (select t.name from PetType t where t = p.type) = 'dog'" ),
				unordered( "select p.name from Pet p where (select o.city from Owner o where o = p.owner) <> 'Paris'" ),
				unordered( "select p.name from Pet p join p.owner o where p.weight > (select avg(p2.weight) from Pet p2 where p2.owner = o)" ),
				unordered( "select p.name, o.lastName from Pet p left join p.owner o where o.id not in (select p2.owner.id from Pet p2 where p2.weight > 10 and p2.owner is not null)" ),
				unordered( "select b.title from Book b where b.author.id in (select a.id from Author a where a.age > (select avg(a2.age) from Author a2))" ),
				unordered( "select b.title from Book b where exists (select 1 from Loan l where l.book = b)" ),
				unordered( "select b.title from Book b where not exists (select 1 from Loan l where l.book = b)" ),
				unordered( "select c.number from Card c where c.holder.id in (select r.id from Reader r where r.age > 3)" ),
				unordered( "select r.name from Reader r where r.id not in (select c.holder.id from Card c)" ),
				unordered( "select r.name from Reader r where r.id not in (select c.holder.id from Card c where c.holder is not null)" ),
				unordered( "select c.name from Clinic c where exists (select 1 from Vet v join v.rooms r where r member of c.rooms)" ),
				unordered( "select v.name from Vet v where size(v.rooms) > (select count(*) from Clinic c where c.name = 'Empty')" ),
				unordered( "select s.name from Specialty s where s.id in (select sp.id from Vet v join v.specialties sp where v.name like 'O%')" ),
				ordered( "select s.name, size(s.vets) from Specialty s order by size(s.vets) desc, s.id" ),
				ordered( "select a.name from Author a order by (select count(*) from Book b where b.author = a) desc, a.id" ),
				ordered( "select p.name from Pet p where p.weight is not null order by (select max(p2.weight) from Pet p2 where p2.weight < p.weight) nulls first, p.id" ),
				QueryCase.page( "select p.name from Pet p where exists (select 1 from Visit v where v.pet = p) or p.weight > 3 order by p.id", 1, 2 ),
				// subqueries in the condition of an inner join: tested after the joins, as in WHERE
				unordered( "select p.name, o.lastName from Pet p join p.owner o with o.id in (select p2.owner.id from Pet p2 where p2.weight > 10)" ),
				unordered( "select p.name, o.lastName from Pet p join Owner o on o.id = p.owner.id and exists (select 1 from Visit v where v.pet = p)" ),
				unordered( "select o.lastName, p.name from Owner o join Pet p on p.owner = o and p.weight = (select max(p2.weight) from Pet p2 where p2.owner = o)" ),
				unordered( "select p.name, t.name from Pet p join PetType t on t.id = (select min(t2.id) from PetType t2)" ),
				unordered( "select count(*) from Pet p join p.visits v with v.date > (select min(v2.date) from Visit v2)" ),
				unordered( "select p.name from Pet p join p.owner o with not exists (select 1 from Pet p2 where p2.owner = o and p2.id <> p.id) where p.weight > 1" ),
				unordered( "select o.city, count(*) from Owner o join Pet p on p.owner = o and p.type.id in (select t.id from PetType t where t.name like 'c%') group by o.city" ) );
	}
}
