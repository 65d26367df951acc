package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The queries of the derived table differential test over {@link ClinicRows}: selects from a derived
 * table ({@code from (select …) d}) with their own WHERE, grouping, ORDER BY and paging, joins to derived
 * tables ({@code join (select …) d on …}, left and lateral), and non-recursive CTEs (read once, twice, by a
 * later CTE, in a subquery and in a join).
 */
final class DerivedTableQueries {

	private static final String UNION_WITH = "$unionWith (MongoDB 4.4) makes the rows of a derived table that is a union";

	/** Why a correlated subquery over a derived table or CTE runs on a real server only. */
	private static final String VARIABLES_AFTER_PROJECT = "the subquery's correlation is tested on the derived rows, after their $project, "
			+ "where the embedded server has lost the $lookup's let variables";

	private DerivedTableQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( fromDerivedTables() );
		all.addAll( joinsToDerivedTables() );
		all.addAll( lateral() );
		all.addAll( ctes() );
		all.addAll( recursiveCtes() );
		return all;
	}

	private static List<QueryCase> fromDerivedTables() {
		return List.of(
				unordered( "select d.name from (select p.name as name, p.weight as weight from Pet p) d" ),
				unordered( "select d.name from (select p.name as name, p.weight as weight from Pet p) d where d.weight > 3" ),
				unordered( "select d.name, d.weight from (select p.name as name, p.weight as weight from Pet p where p.weight is not null) d where d.weight < 10 or d.name = 'Max'" ),
				ordered( "select d.name from (select p.name as name, p.weight as weight from Pet p) d order by d.weight desc nulls last, d.name" ),
				ordered( "select d.name from (select p.name as name, p.weight as weight from Pet p) d order by d.name offset 1 rows fetch first 3 rows only" ),
				unordered( "select d.owner, d.n from (select p.owner.id as owner, count(*) as n from Pet p group by p.owner.id) d" ),
				unordered( "select d.owner from (select p.owner.id as owner, count(*) as n from Pet p group by p.owner.id) d where d.n > 1" ),
				unordered( "select d.n, count(*) from (select p.owner.id as owner, count(*) as n from Pet p group by p.owner.id) d group by d.n" ),
				unordered( "select max(d.n), min(d.n), sum(d.n) from (select p.owner.id as owner, count(*) as n from Pet p group by p.owner.id) d" ),
				unordered( "select d.m from (select max(p.weight) as m from Pet p where p.weight > 1000) d" ),
				unordered( "select d.c from (select count(*) as c from Pet p where p.weight > 1000) d" ),
				unordered( "select d.city from (select distinct o.city as city from Owner o) d" ),
				unordered( "select count(*) from (select distinct o.city as city from Owner o) d" ),
				unordered( "select d.title, d.author from (select b.title as title, a.name as author from Book b left join b.author a) d where d.author is null" ),
				unordered( "select d.title from (select b.title as title, b.pages as pages from Book b where b.pages > 100) d where d.pages < 800" ),
				ordered( "select d.name from (select p.name as name, p.weight as weight from Pet p order by p.weight desc nulls last limit 3) d order by d.name" ),
				unordered( "select d.w * 2, upper(d.name) from (select p.name as name, p.weight as w from Pet p) d" ),
				unordered( "select d.name from (select p.name as name, p.id as id from Pet p) d where d.id in (select v.pet.id from Visit v)" ),
				unordered( "select d.name from (select p.name as name, p.owner.id as oid from Pet p) d join Owner o on o.id = d.oid where o.city = 'Paris'" ),
				unordered( "select d.name, o.lastName from (select p.name as name, p.owner.id as oid from Pet p) d left join Owner o on o.id = d.oid" ),
				unordered( "select e.name from (select d.name as name, d.w as w from (select p.name as name, p.weight as w from Pet p) d where d.w > 2) e where e.w < 30" ),
				unordered( "select d.name from (select p.name as name, p.weight as w from Pet p where p.weight > :min) d where d.w < :max", "min", 2, "max", 30 ),
				QueryCase.page( "select d.name from (select p.name as name, p.weight as w from Pet p) d order by d.w desc nulls last, d.name", 1, 3 ),
				unordered( "select o.lastName, (select max(d.w) from (select p.weight as w from Pet p where p.weight < 10) d) from Owner o" ),
				unordered( "select d.type, d.n from (select t.name as type, count(p.id) as n from PetType t left join Pet p on p.type.id = t.id group by t.name) d where d.n = 0" ),
				unordered( "select d.name from (select p.name as name from Pet p union all select o.lastName from Owner o) d where d.name like '%o%'" )
						.onRealServerOnly( UNION_WITH ),
				unordered( "select d.city, count(*) from (select o.city as city from Owner o union all select l.city from Location l) d group by d.city" )
						.onRealServerOnly( UNION_WITH ),
				unordered( "select o.lastName from Owner o where exists (select 1 from (select p.owner.id as oid from Pet p where p.weight > 3) d where d.oid = o.id)" )
						.onRealServerOnly( VARIABLES_AFTER_PROJECT ) );
	}

	private static List<QueryCase> joinsToDerivedTables() {
		return List.of(
				unordered( "select o.lastName, c.n from Owner o join (select p.owner.id as oid, count(*) as n from Pet p group by p.owner.id) c on c.oid = o.id" ),
				unordered( "select o.lastName, c.n from Owner o left join (select p.owner.id as oid, count(*) as n from Pet p group by p.owner.id) c on c.oid = o.id" ),
				unordered( "select o.lastName from Owner o join (select p.owner.id as oid, p.weight as w from Pet p) d on d.oid = o.id and d.w > 4" ),
				unordered( "select o.lastName, d.w from Owner o left join (select p.owner.id as oid, p.weight as w from Pet p) d on d.oid = o.id and d.w > 4" ),
				ordered( "select o.lastName, c.n from Owner o left join (select p.owner.id as oid, count(*) as n from Pet p group by p.owner.id) c on c.oid = o.id order by c.n desc nulls last, o.id" ),
				unordered( "select b.title, s.cnt from Book b join (select l.book.id as bid, count(*) as cnt from Loan l group by l.book.id) s on s.bid = b.id" ),
				unordered( "select a.name, s.total from Author a left join (select b.author.id as aid, sum(b.pages) as total from Book b group by b.author.id) s on s.aid = a.id where a.age is not null" ),
				unordered( "select r.name, d.title from Reader r join (select b.title as title, b.authorName as an from Book b) d on d.an = r.name" ),
				unordered( "select t.name, count(d.name) from PetType t left join (select p.name as name, p.type.id as tid from Pet p) d on d.tid = t.id group by t.name" ),
				unordered( "select o.lastName, d.name from Owner o join (select t.name as name from PetType t where t.id < 3) d on true" ),
				unordered( "select o.lastName, d.w from Owner o join (select p.owner.id as oid, p.weight as w from Pet p) d on d.oid = o.id where d.w is null or d.w > 10" ),
				// a subquery in the condition of an inner join is tested with the WHERE, after the joins
				unordered( "select o.lastName, d.w from Owner o join (select p.owner.id as oid, p.weight as w from Pet p) d on d.oid = o.id "
						+ "and d.w > (select min(p2.weight) from Pet p2)" ),
				unordered( "select d.name from (select p.name as name from Pet p join PetType t on t.id = p.type.id "
						+ "and t.id in (select p2.type.id from Pet p2 where p2.weight > 10)) d" ),
				unordered( "select o.lastName from Owner o where exists (select 1 from Pet p join PetType t on t.id = p.type.id "
						+ "and t.name in (select t2.name from PetType t2 where t2.id > 1) where p.owner.id = o.id)" ) );
	}

	private static List<QueryCase> lateral() {
		return List.of(
				unordered( "select o.lastName, d.name from Owner o join lateral (select p.name as name from Pet p where p.owner.id = o.id order by p.weight desc nulls last limit 1) d on true" ),
				unordered( "select o.lastName, d.name from Owner o left join lateral (select p.name as name from Pet p where p.owner.id = o.id order by p.weight desc nulls last limit 1) d on true" ),
				unordered( "select o.lastName, d.name from Owner o join lateral (select p.name as name from Pet p where p.owner.id = o.id and p.weight > 3) d on true" ),
				unordered( "select o.lastName, d.name from Owner o join lateral (select p.name as name, p.weight as w from Pet p where p.owner.id = o.id) d on d.w > 3" ),
				unordered( "select a.name, d.title from Author a left join lateral (select b.title as title from Book b where b.author.id = a.id and b.pages > 200) d on true" ),
				ordered( "select o.lastName, d.name from Owner o left join lateral (select p.name as name from Pet p where p.owner.id = o.id order by p.name limit 1) d on true order by o.id" ),
				unordered( "select a.name, d.title from Author a join lateral (select b.title as title from Book b where b.authorName = a.name) d on true" ),
				unordered( "select d.ln, x.name from (select o.id as oid, o.lastName as ln from Owner o where o.city = 'Paris') d "
						+ "left join lateral (select p.name as name from Pet p where p.owner.id = d.oid) x on true" ) );
	}

	private static List<QueryCase> ctes() {
		return List.of(
				unordered( "with heavy as (select p.name as name, p.weight as w from Pet p where p.weight > 3) select h.name from heavy h" ),
				unordered( "with heavy as (select p.name as name, p.weight as w from Pet p where p.weight > 3) select h.name from heavy h where h.w < 30" ),
				ordered( "with heavy as (select p.name as name, p.weight as w from Pet p where p.weight > 3) select h.name, h.w from heavy h order by h.w desc" ),
				unordered( "with counts as (select p.owner.id as oid, count(*) as n from Pet p group by p.owner.id) select o.lastName, c.n from Owner o join counts c on c.oid = o.id" ),
				unordered( "with counts as (select p.owner.id as oid, count(*) as n from Pet p group by p.owner.id) select o.lastName, c.n from Owner o left join counts c on c.oid = o.id" ),
				unordered( "with heavy as (select p.name as name, p.weight as w from Pet p where p.weight > 3) select a.name, b.name from heavy a join heavy b on a.w < b.w" ),
				unordered( "with heavy as (select p.name as name, p.weight as w from Pet p where p.weight > 3), "
						+ "heaviest as (select max(h.w) as m from heavy h) select h.name from heavy h join heaviest x on x.m = h.w" ),
				unordered( "with named as (select o.id as id from Owner o where o.lastName is not null) select p.name from Pet p where p.owner.id in (select n.id from named n)" ),
				unordered( "with named as (select o.id as id from Owner o where o.lastName is not null) select p.name from Pet p where p.owner.id not in (select n.id from named n)" ),
				unordered( "with cities as (select distinct o.city as city from Owner o) select count(*) from cities c" ),
				unordered( "with v as (select v.pet.id as pid, count(*) as n from Visit v group by v.pet.id) select p.name, v.n from Pet p left join v v on v.pid = p.id where p.weight is not null" ),
				ordered( "with ranked as (select b.title as title, b.pages as pages from Book b where b.pages is not null) select r.title from ranked r order by r.pages desc limit 2" ),
				unordered( "with heavy as (select p.id as id, p.weight as w from Pet p where p.weight > :w) select p.name from Pet p join heavy h on h.id = p.id", "w", 3 ),
				unordered( "with names as (select p.name as name from Pet p union all select o.lastName from Owner o) select n.name, count(*) from names n group by n.name" )
						.onRealServerOnly( UNION_WITH ),
				unordered( "with paris as (select o.id as id, o.lastName as ln from Owner o where o.city = 'Paris'), "
						+ "pets as (select p.owner.id as oid, p.name as name from Pet p) select a.ln, b.name from paris a left join pets b on b.oid = a.id" ),
				unordered( "select o.lastName from Owner o where o.id in (with mine as (select p.owner.id as oid from Pet p where p.weight > 3) select m.oid from mine m)" ) );
	}

	private static final String TREE = "with tree as (select c.id as id, c.name as name, 0 as depth from Category c where c.parent is null "
			+ "union all select c.id, c.name, t.depth + 1 from Category c join tree t on c.parent.id = t.id) ";

	private static List<QueryCase> recursiveCtes() {
		return List.of(
				unordered( TREE + "select t.name, t.depth from tree t" ),
				ordered( TREE + "select t.name, t.depth from tree t order by t.depth, t.id" ),
				unordered( TREE + "select t.depth, count(*) from tree t group by t.depth" ),
				unordered( TREE + "select max(t.depth) from tree t" ),
				unordered( TREE + "select t.name from tree t where t.depth = 2" ),
				unordered( TREE + "select c.name, t.depth from tree t join Category c on c.id = t.id where c.rank is not null" ),
				unordered( "with sub as (select c.id as id, c.name as top, c.name as name, 1 as level from Category c where c.name = 'mammals' "
						+ "union all select c.id, s.top, c.name, s.level + 1 from Category c join sub s on c.parent.id = s.id) select s.top, s.name, s.level from sub s" ),
				unordered( "with sub as (select c.id as id, c.rank as r from Category c where c.rank = 2 "
						+ "union all select c.id, c.rank from Category c join sub s on c.parent.id = s.id) select s.id, s.r from sub s" ),
				unordered( "with sub as (select c.id as id, c.name as name, 10 as n from Category c where c.id in (1, 8) "
						+ "union all select c.id, upper(c.name), s.n + 2 from Category c join sub s on s.id = c.parent.id) select s.name, s.n from sub s" ),
				unordered( "with sub as (select c.id as id, 0 as d from Category c where c.parent is null "
						+ "union all select c.id, s.d + 5 from sub s join Category c on c.parent.id = s.id) select s.id, s.d from sub s" ),
				unordered( TREE + "select c.name from Category c where c.id in (select t.id from tree t where t.depth = 1)" ),
				unordered( TREE + "select c.name from Category c where c.id not in (select t.id from tree t where t.depth < 2)" ),
				unordered( "with sub as (select c.id as id, c.name as name from Category c where c.parent is null "
						+ "union all select c.id, c.name from Category c join sub s on c.parent.id = s.id where c.rank is not null) select s.name from sub s" )
						.onRealServerOnly( "a condition of the recursive part is $graphLookup's restrictSearchWithMatch, which the embedded server lacks" ) );
	}
}
