package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The set operations of the subquery differential test over {@link ClinicRows}: {@code union [all]},
 * {@code intersect}, {@code except} over branches reading one or several collections, with NULLs
 * and duplicates on both sides, ORDER BY and paging of the result. They run {@code $unionWith}, which the
 * embedded server lacks, so they are compared on a real server only. H2 has no {@code intersect all} /
 * {@code except all}, so those are pinned by {@code SetOperationGoldenMqlTest} only.
 */
final class SetOperationQueries {

	private static final String UNION_WITH = "$unionWith (MongoDB 4.4) combines the branches";

	private SetOperationQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		for ( QueryCase query : queries() ) {
			all.add( query.onRealServerOnly( UNION_WITH ) );
		}
		return all;
	}

	private static List<QueryCase> queries() {
		return List.of(
				unordered( "select p.name from Pet p union select o.lastName from Owner o" ),
				unordered( "select p.name from Pet p union all select o.lastName from Owner o" ),
				unordered( "select p.weight from Pet p union select a.age from Author a" ),
				unordered( "select p.weight from Pet p union all select a.age from Author a" ),
				unordered( "select p.weight from Pet p intersect select a.age / 10 from Author a" ),
				unordered( "select o.city from Owner o intersect select l.city from Location l" ),
				unordered( "select o.city from Owner o except select l.city from Location l where l.city = 'Lyon'" ),
				unordered( "select l.city from Location l except select o.city from Owner o" ),
				unordered( "select p.type.id from Pet p union select t.id from PetType t where t.name is null" ),
				unordered( "select p.name, p.id from Pet p union select o.lastName, o.id from Owner o" ),
				unordered( "select p.name, p.weight from Pet p where p.weight > 3 union select p.name, p.weight from Pet p where p.weight < 10" ),
				unordered( "select p.name, p.weight from Pet p where p.weight > 3 intersect select p.name, p.weight from Pet p where p.weight < 10" ),
				unordered( "select p.name, p.weight from Pet p except select p.name, p.weight from Pet p where p.weight < 10" ),
				unordered( "select p.name from Pet p union select o.lastName from Owner o union select a.name from Author a" ),
				unordered( "select p.name from Pet p union all select o.lastName from Owner o union all select a.name from Author a" ),
				unordered( "select b.authorName from Book b intersect select a.name from Author a intersect select r.name from Reader r" ),
				unordered( "select b.authorName from Book b except select a.name from Author a except select r.name from Reader r" ),
				unordered( "select p.name from Pet p where p.owner.id in (select o.id from Owner o where o.city = 'Paris') union select o.lastName from Owner o" ),
				unordered( "select t.name, count(*) from Pet p join p.type t group by t.name union select 'total', count(*) from Pet p2 group by 1" ),
				unordered( "select p.name from Pet p union all (select o.lastName from Owner o order by o.id limit 2)" ),
				unordered( "(select p.name from Pet p order by p.weight desc nulls last limit 2) union select o.lastName from Owner o" ),
				ordered( "(select p.name from Pet p union select o.lastName from Owner o) order by 1" ),
				ordered( "(select p.name from Pet p union select o.lastName from Owner o) order by 1 desc" ),
				ordered( "(select p.weight from Pet p union select a.age from Author a) order by 1" ),
				ordered( "(select p.name as n from Pet p union select o.lastName from Owner o) order by n limit 3" ),
				ordered( "(select p.name from Pet p union select o.lastName from Owner o) order by 1 offset 2 rows fetch first 3 rows only" ),
				ordered( "(select p.name, p.id from Pet p union all select o.lastName, o.id from Owner o) order by 2, 1" ),
				QueryCase.page( "(select p.name from Pet p union select o.lastName from Owner o) order by 1", 1, 4 ) );
	}
}
