package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The window functions of the window differential test over {@link ClinicRows}: every function Hibermongo
 * translates, ROWS, RANGE and GROUPS frames (with and without offsets, ending or starting at the current
 * row's peers), partitions with NULL keys (stored as missing fields), ties in the ORDER BY, windows over
 * grouped rows, after joins, inside expressions (arithmetic, coalesce, case), with WHERE, DISTINCT, ORDER BY
 * and paging. A query whose result would depend on the order of tied rows is not here (SQL leaves that order
 * to the database). They need {@code $setWindowFields}, which the embedded server lacks, so they are compared
 * on a real server only.
 */
final class WindowFunctionQueries {

	static final String SET_WINDOW_FIELDS = "$setWindowFields (MongoDB 5.0) computes window functions";

	private WindowFunctionQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		for ( QueryCase query : queries() ) {
			all.add( query.onRealServerOnly( SET_WINDOW_FIELDS ) );
		}
		return all;
	}

	private static List<QueryCase> queries() {
		List<QueryCase> queries = new ArrayList<>();
		queries.addAll( ranking() );
		queries.addAll( offsetsAndValues() );
		queries.addAll( aggregates() );
		queries.addAll( groupedAndCombined() );
		queries.addAll( WindowFunctionCriteriaQueries.all() );
		return queries;
	}

	private static List<QueryCase> ranking() {
		return List.of(
				unordered( "select p.name, row_number() over (order by p.id) from Pet p" ),
				unordered( "select p.name, row_number() over (partition by p.owner.id order by p.id) from Pet p" ),
				unordered( "select p.name, row_number() over (order by p.weight desc, p.id) from Pet p" ),
				unordered( "select p.name, row_number() over (order by p.weight nulls last, p.id) from Pet p" ),
				unordered( "select p.name, row_number() over (order by p.weight desc nulls first, p.id) from Pet p" ),
				unordered( "select o.lastName, rank() over (order by o.city) from Owner o" ),
				unordered( "select o.lastName, dense_rank() over (order by o.city) from Owner o" ),
				unordered( "select o.lastName, rank() over (order by o.city desc nulls first) from Owner o" ),
				unordered( "select r.id, rank() over (partition by r.name order by r.age) from Reader r" ),
				unordered( "select r.id, dense_rank() over (order by r.name, r.age) from Reader r" ),
				unordered( "select r.id, rank() over (order by r.name) from Reader r" ),
				unordered( "select b.title, rank() over (partition by b.authorName order by b.pages desc) from Book b" ),
				unordered( "select o.lastName, percent_rank() over (order by o.city) from Owner o" ),
				unordered( "select o.lastName, cume_dist() over (order by o.city) from Owner o" ),
				unordered( "select p.name, percent_rank() over (partition by p.type.id order by p.weight) from Pet p" ),
				unordered( "select p.name, cume_dist() over (partition by p.owner.id order by p.weight desc) from Pet p" ),
				unordered( "select p.name, ntile(2) over (order by p.id) from Pet p" ),
				unordered( "select p.name, ntile(4) over (order by p.id) from Pet p" ),
				unordered( "select b.title, ntile(3) over (partition by b.authorName order by b.id) from Book b" ),
				unordered( "select o.lastName, rank() over (partition by o.city order by o.city) from Owner o" ) );
	}

	private static List<QueryCase> offsetsAndValues() {
		return List.of(
				unordered( "select p.name, lag(p.weight) over (order by p.id) from Pet p" ),
				unordered( "select p.name, lead(p.weight, 2) over (order by p.id) from Pet p" ),
				unordered( "select p.name, lag(p.weight, 1, -1) over (order by p.id) from Pet p" ),
				unordered( "select p.name, lead(p.name, 1, 'none') over (partition by p.owner.id order by p.id) from Pet p" ),
				unordered( "select o.lastName, lag(o.city, 1, 'start') over (order by o.id) from Owner o" ),
				unordered( "select p.name, first_value(p.name) over (partition by p.owner.id order by p.id) from Pet p" ),
				unordered( "select p.name, last_value(p.name) over (order by p.id) from Pet p" ),
				unordered( "select p.name, last_value(p.name) over (order by p.id rows between unbounded preceding and unbounded following) from Pet p" ),
				unordered( "select p.name, nth_value(p.name, 2) over (order by p.id) from Pet p" ),
				unordered( "select p.name, nth_value(p.weight, 2) over (partition by p.owner.id order by p.id rows between unbounded preceding and unbounded following) from Pet p" ),
				unordered( "select p.name, first_value(p.weight) over (order by p.id rows between 1 following and 2 following) from Pet p" ),
				unordered( "select o.lastName, first_value(o.id) over (order by o.city range between current row and unbounded following) from Owner o where o.city is not null and o.id <> 3" ) );
	}

	private static List<QueryCase> aggregates() {
		return List.of(
				unordered( "select p.name, sum(p.weight) over () from Pet p" ),
				unordered( "select p.name, sum(p.weight) over (partition by p.owner.id) from Pet p" ),
				unordered( "select p.name, sum(p.weight) over (partition by p.type.id order by p.id) from Pet p" ),
				unordered( "select p.name, sum(p.weight) over (order by p.id rows between current row and current row) from Pet p" ),
				unordered( "select p.name, avg(p.weight) over (order by p.id rows between 1 preceding and 1 following) from Pet p" ),
				unordered( "select p.name, count(p.weight) over (order by p.id rows between 2 preceding and current row) from Pet p" ),
				unordered( "select p.name, count(*) over (partition by p.owner.id) from Pet p" ),
				unordered( "select p.name, min(p.weight) over (order by p.id rows between current row and unbounded following), max(p.weight) over (order by p.id rows between unbounded preceding and current row) from Pet p" ),
				unordered( "select o.lastName, count(*) over (order by o.city) from Owner o" ),
				unordered( "select o.lastName, count(*) over (order by o.city range between current row and unbounded following) from Owner o" ),
				unordered( "select o.lastName, count(*) over (order by o.city range between current row and current row) from Owner o" ),
				unordered( "select o.lastName, sum(o.id) over (order by o.city desc) from Owner o" ),
				unordered( "select p.name, sum(p.weight) over (order by p.weight range between 2 preceding and 1 following) from Pet p where p.weight is not null" ),
				unordered( "select p.name, count(*) over (order by p.weight range between unbounded preceding and 2 following) from Pet p where p.weight is not null" ),
				unordered( "select a.name, avg(a.age) over (order by a.age range between 10 preceding and 10 following) from Author a where a.age is not null" ),
				unordered( "select p.name, sum(p.weight) over (order by p.weight desc range between 2 preceding and current row) from Pet p where p.weight is not null" ),
				unordered( "select b.title, count(*) over (partition by b.authorName order by b.pages desc range between current row and 500 following) from Book b where b.pages is not null" ),
				unordered( "select p.name, sum(p.weight) filter (where p.weight > 3) over (partition by p.owner.id) from Pet p" ),
				unordered( "select o.lastName, count(*) over (order by o.city groups between 1 preceding and current row) from Owner o" ),
				unordered( "select o.lastName, sum(o.id) over (order by o.city desc groups between current row and 1 following) from Owner o" ),
				unordered( "select r.id, max(r.age) over (partition by r.name order by r.age groups between unbounded preceding and 1 preceding) from Reader r" ),
				unordered( "select p.name, count(*) over (order by p.weight groups between 1 following and 2 following) from Pet p" ),
				unordered( "select r.id, sum(r.age) over (partition by r.name) from Reader r" ),
				unordered( "select b.title, max(b.pages) over (partition by b.authorName), min(b.pages) over (partition by b.authorName) from Book b" ) );
	}

	private static List<QueryCase> groupedAndCombined() {
		return List.of(
				unordered( "select p.owner.id, count(*), sum(count(*)) over (order by p.owner.id) from Pet p group by p.owner.id" ),
				unordered( "select p.owner.id, sum(p.weight), rank() over (order by sum(p.weight) desc) from Pet p group by p.owner.id" ),
				unordered( "select o.city, count(*), dense_rank() over (order by count(*)) from Owner o group by o.city" ),
				unordered( "select p.type.id, max(p.weight), row_number() over (order by max(p.weight) desc nulls last, p.type.id) from Pet p group by p.type.id having count(*) > 0" ),
				unordered( "select o.city, sum(count(*)) over () from Owner o group by o.city" ),
				unordered( "select count(*), sum(count(*)) over () from Pet p" ),
				unordered( "select p.name, rank() over (order by p.id) * 10 + 1 from Pet p" ),
				unordered( "select p.name, coalesce(lag(p.weight) over (order by p.id), 0) from Pet p" ),
				unordered( "select p.name, p.weight - avg(p.weight) over () from Pet p" ),
				unordered( "select p.name, case when row_number() over (order by p.id) <= 2 then 'top' else 'rest' end from Pet p" ),
				unordered( "select o.lastName from Owner o where o.id in (select rank() over (order by p.weight desc nulls last) from Pet p where p.id > 2)" ),
				ordered( "select p.name, row_number() over (order by p.weight desc, p.id) from Pet p where p.owner.id is not null order by 2" ),
				ordered( "select p.name, rank() over (order by p.weight) from Pet p order by p.id" ),
				QueryCase.page( "select p.name, row_number() over (order by p.id) from Pet p order by p.name", 1, 3 ),
				ordered( "select p.name, count(*) over () from Pet p where p.weight > 3 order by p.name limit 2" ),
				ordered( "select distinct o.city, count(*) over (partition by o.city) from Owner o order by 1" ),
				unordered( "select p.name, t.name, rank() over (partition by t.name order by p.weight) from Pet p left join p.type t" ),
				ordered( "select p.name, lag(p.name) over (order by p.id) from Pet p order by lag(p.name) over (order by p.id) nulls first, p.id" ) );
	}
}
