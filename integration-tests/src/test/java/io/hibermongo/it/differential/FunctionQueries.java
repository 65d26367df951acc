package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The queries of the function differential test ({@link FunctionDifferentialTest}), one group per family
 * of HQL functions. Each selects the id beside the function's value, ordered by id, so a wrong value
 * shows with its row.
 */
final class FunctionQueries {

	private static final String EMBEDDED_LACKS = "the embedded server lacks ";

	private FunctionQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( strings() );
		all.addAll( numbers() );
		all.addAll( realServerNumbers() );
		all.addAll( dates() );
		all.addAll( casts() );
		all.addAll( aggregates() );
		all.addAll( grouping() );
		return all;
	}

	/** {@code select r.id, <expression> from Reading r order by r.id}. */
	private static QueryCase each(String expression) {
		return ordered( "select r.id, " + expression + " from Reading r order by r.id" );
	}

	private static List<QueryCase> strings() {
		return List.of(
				each( "upper(r.label)" ),
				each( "lower(r.label)" ),
				each( "length(r.label)" ),
				each( "concat(r.label, '|', r.grp)" ),
				each( "r.label || '!'" ),
				each( "concat(r.label, r.qty, r.enabled)" ),
				each( "r.grp || '-' || r.born" ),
				each( "r.grp || r.total" ),
				each( "substring(r.label, 2)" ),
				each( "substring(r.label, 2, 3)" ),
				each( "substring(r.label from 1 for 1)" ),
				each( "locate('a', r.label)" ),
				each( "locate('a', r.label, 3)" ),
				each( "position('b' in r.label)" ),
				each( "replace(r.label, 'a', 'X')" ),
				each( "replace(r.label, 'a-', '')" ),
				each( "replace(r.label, '', 'X')" ),
				each( "replace(r.label, 'a', r.grp)" ),
				each( "replace(r.label, r.grp, '*')" ),
				each( "left(r.label, 3)" ),
				each( "left(r.label, 0)" ),
				each( "left(r.label, 100)" ),
				each( "right(r.label, 3)" ),
				each( "right(r.label, 100)" ),
				each( "left(r.label, r.qty)" ),
				each( "right(r.label, r.qty)" ),
				each( "pad(r.label with 8 leading '*')" ),
				each( "pad(r.label with 8 trailing '.')" ),
				each( "pad(r.label with 8 leading)" ),
				each( "pad(r.label with 3 leading '*')" ),
				each( "pad(r.grp with r.qty leading '0')" ),
				each( "repeat(r.grp, 3)" ),
				each( "repeat(r.label, 0)" ),
				each( "repeat(r.grp, r.qty)" ),
				// H2 renders overlay() with its INSERT function, which gives the replacement for a NULL or short string
				ordered( "select r.id, overlay(r.label placing 'ZZ' from 2 for 3) from Reading r where length(r.label) > 4 order by r.id" ),
				ordered( "select r.id, overlay(r.label placing 'ZZ' from 2) from Reading r where length(r.label) > 4 order by r.id" ),
				each( "str(r.qty)" ),
				each( "ifnull(r.label, 'none')" ),
				each( "coalesce(r.label, r.grp, '?')" ),
				each( "nullif(r.label, 'beta')" ),
				unordered( "select r.id from Reading r where replace(r.label, ' ', '') = 'padded'" ),
				unordered( "select r.id from Reading r where left(r.label, 1) = 'a'" ),
				unordered( "select r.id from Reading r where right(r.label, 1) = 'a'" ) );
	}

	private static List<QueryCase> numbers() {
		return List.of(
				each( "round(r.ratio)" ),
				each( "round(r.ratio, 1)" ),
				each( "round(r.ratio, 2)" ),
				each( "round(r.ratio, -1)" ),
				each( "round(r.price)" ),
				each( "round(r.price, 1)" ),
				each( "round(r.price, 2)" ),
				each( "round(r.qty)" ),
				each( "round(r.qty, -1)" ),
				each( "round(r.total, -2)" ),
				each( "round(r.ratio, mod(r.qty, 3))" ),
				each( "trunc(r.ratio)" ),
				each( "truncate(r.ratio, 1)" ),
				each( "trunc(r.price, 2)" ),
				each( "trunc(r.qty, -1)" ),
				each( "sign(r.ratio)" ),
				each( "sign(r.qty)" ),
				each( "sign(r.price)" ),
				each( "abs(r.qty)" ),
				each( "abs(r.price)" ),
				each( "mod(r.qty, 4)" ),
				each( "mod(r.qty, -4)" ),
				each( "r.qty % 5" ),
				each( "r.qty / 2" ),
				each( "r.qty / -2" ),
				each( "r.total / 3" ),
				each( "r.ratio / 2" ),
				each( "floor(r.ratio)" ),
				each( "ceiling(r.ratio)" ),
				each( "sqrt(abs(r.ratio))" ),
				each( "power(r.qty, 2)" ),
				each( "exp(r.ratio)" ),
				each( "ln(abs(r.ratio))" ),
				each( "log10(abs(r.ratio))" ),
				each( "log(2, abs(r.ratio))" ),
				each( "degrees(r.ratio)" ),
				each( "radians(r.ratio)" ),
				each( "pi" ),
				each( "r.ratio * pi" ),
				each( "least(r.qty, 3)" ),
				each( "greatest(r.qty, 3)" ),
				each( "least(r.qty, r.total, 5)" ),
				each( "greatest(r.ratio, 0.5)" ),
				each( "-r.ratio" ),
				each( "(r.qty + 1) * 2 - r.total" ),
				unordered( "select r.id from Reading r where round(r.ratio) = 3" ),
				unordered( "select r.id from Reading r where sign(r.qty) < 0" ),
				unordered( "select r.id from Reading r where mod(r.qty, 2) = -1" ) );
	}

	private static List<QueryCase> realServerNumbers() {
		List<QueryCase> cases = new ArrayList<>();
		for ( String function : List.of( "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh" ) ) {
			cases.add( each( function + "(r.ratio)" ).onRealServerOnly( EMBEDDED_LACKS + "$" + function ) );
		}
		cases.add( each( "asin(r.ratio / 100)" ).onRealServerOnly( EMBEDDED_LACKS + "$asin" ) );
		cases.add( each( "acos(r.ratio / 100)" ).onRealServerOnly( EMBEDDED_LACKS + "$acos" ) );
		cases.add( each( "atan2(r.ratio, 2)" ).onRealServerOnly( EMBEDDED_LACKS + "$atan2" ) );
		return cases;
	}

	private static List<QueryCase> dates() {
		List<QueryCase> cases = new ArrayList<>( List.of(
				each( "extract(year from r.born)" ),
				each( "extract(month from r.born)" ),
				each( "extract(day from r.born)" ),
				each( "extract(day of month from r.born)" ),
				each( "extract(day of year from r.born)" ),
				each( "extract(day of week from r.born)" ),
				each( "extract(week from r.born)" ),
				each( "extract(quarter from r.born)" ),
				each( "extract(week of year from r.born)" ),
				each( "extract(week of month from r.born)" ),
				each( "extract(epoch from r.born)" ),
				each( "extract(hour from r.seen)" ),
				each( "extract(minute from r.seen)" ),
				each( "extract(second from r.seen)" ),
				each( "extract(nanosecond from r.seen)" ),
				each( "extract(epoch from r.seen)" ),
				each( "extract(week from r.seen)" ),
				each( "extract(date from r.seen)" ),
				// H2's TIME rounds to whole seconds; Hibermongo keeps milliseconds
				ordered( "select r.id, extract(time from r.seen) from Reading r where r.id in (2, 7, 8) order by r.id" ),
				each( "year(r.born)" ),
				each( "month(r.seen)" ),
				each( "day(r.seen)" ),
				each( "hour(r.seen)" ),
				each( "minute(r.seen)" ),
				each( "second(r.seen)" ),
				each( "r.born + 1 day" ),
				each( "r.born - 1 day" ),
				each( "r.born + 2 week" ),
				each( "r.born + (r.qty) day" ),
				each( "r.seen + 3 hour" ),
				each( "r.seen - 90 minute" ),
				each( "r.seen + 30 second" ),
				each( "r.seen + 1 day" ),
				each( "(r.seen - cast('2021-01-01 00:00:00' as LocalDateTime)) by day" ),
				each( "(r.seen - cast('2021-01-01 00:00:00' as LocalDateTime)) by hour" ),
				each( "(r.seen - cast('2021-01-01 00:00:00' as LocalDateTime)) by minute" ),
				each( "(r.seen - cast('2021-01-01 00:00:00' as LocalDateTime)) by second" ),
				each( "(r.born - date 2000-01-01) by day" ),
				each( "r.seen - cast('2021-01-01 00:00:00' as LocalDateTime)" ),
				each( "cast('2021-01-01 00:00:00' as LocalDateTime) - r.seen" ),
				each( "r.born - date 2000-01-01" ),
				each( "timestampdiff(month, date 2000-01-31, r.born)" ),
				each( "timestampdiff(quarter, date 2000-01-31, r.born)" ),
				each( "timestampdiff(year, r.born, date 2021-01-01)" ),
				each( "timestampdiff(day, r.seen, r.born)" ),
				each( "truncate(r.seen, day)" ),
				each( "truncate(r.seen, hour)" ),
				each( "truncate(r.seen, minute)" ),
				each( "truncate(r.seen, second)" ),
				each( "truncate(r.seen, month)" ),
				each( "truncate(r.seen, year)" ),
				each( "truncate(r.born, month)" ),
				each( "format(r.born as 'yyyy-MM-dd')" ),
				each( "format(r.born as 'dd/MM/yyyy')" ),
				each( "format(r.seen as 'yyyy-MM-dd HH:mm:ss.SSS')" ),
				each( "format(r.seen as 'HH''h''mm')" ),
				unordered( "select r.id from Reading r where r.born < current_date" ),
				unordered( "select r.id from Reading r where r.born < local date" ),
				unordered( "select r.id from Reading r where r.seen < current_timestamp" ),
				unordered( "select r.id from Reading r where r.seen < local datetime" ),
				unordered( "select r.id from Reading r where r.born + 400 day > current_date" ),
				unordered( "select r.id from Reading r where extract(year from r.born) = 2021" ),
				unordered( "select r.id from Reading r where extract(week from r.born) = 53" ),
				unordered( "select r.id from Reading r where extract(day of week from r.born) = 1" ) ) );
		cases.add( each( "r.born + 1 month" ).onRealServerOnly( EMBEDDED_LACKS + "$dateAdd" ) );
		cases.add( each( "r.born + 1 year" ).onRealServerOnly( EMBEDDED_LACKS + "$dateAdd" ) );
		cases.add( each( "r.seen - 1 quarter" ).onRealServerOnly( EMBEDDED_LACKS + "$dateAdd" ) );
		return cases;
	}

	private static List<QueryCase> casts() {
		return List.of(
				each( "cast(r.qty as String)" ),
				each( "cast(r.total as String)" ),
				each( "cast(r.enabled as String)" ),
				each( "cast(r.born as String)" ),
				each( "cast(r.seen as String)" ),
				each( "cast(r.ratio as Integer)" ),
				each( "cast(r.ratio as Long)" ),
				each( "cast(r.price as Integer)" ),
				each( "cast(r.qty as Double)" ),
				each( "cast(r.qty as Long)" ),
				each( "cast(r.enabled as Integer)" ),
				each( "cast(r.qty as Boolean)" ),
				each( "cast(r.seen as LocalDate)" ),
				each( "cast(r.born as LocalDateTime)" ),
				ordered( "select r.id, cast(r.seen as LocalTime) from Reading r where r.id in (2, 7, 8) order by r.id" ),
				each( "cast(str(r.qty) as Integer)" ),
				each( "cast(cast(r.born as String) as LocalDate)" ),
				each( "str(r.born)" ),
				each( "case r.grp when 'a' then 1 when 'b' then 2 else 0 end" ),
				each( "case when r.qty > 5 then 'big' when r.qty < 0 then 'negative' end" ),
				each( "case when r.enabled then r.label else r.grp end" ),
				ordered( "select id(r), version(r) from Reading r where r.id < 100 order by r.id" ) );
	}

	private static List<QueryCase> aggregates() {
		return List.of(
				unordered( "select count(r.id) filter (where r.qty > 2) from Reading r" ),
				unordered( "select count(*) filter (where r.enabled) from Reading r" ),
				unordered( "select sum(r.qty) filter (where r.qty < 0), avg(r.ratio) filter (where r.ratio > 0) from Reading r" ),
				unordered( "select r.grp, max(r.qty) filter (where r.enabled) from Reading r group by r.grp" ),
				unordered( "select every(r.enabled), any(r.enabled) from Reading r" ),
				unordered( "select r.grp, every(r.enabled), any(r.enabled) from Reading r group by r.grp" ),
				unordered( "select r.grp, every(r.qty > 0), any(r.qty > 10) from Reading r group by r.grp" ),
				unordered( "select listagg(r.label, ', ') within group (order by r.label) from Reading r" ),
				unordered( "select r.grp, listagg(r.label, '/') within group (order by r.id) from Reading r group by r.grp" ),
				unordered( "select r.grp, listagg(r.label, '/') within group (order by r.id desc) from Reading r group by r.grp" ),
				unordered( "select percentile_cont(0.5) within group (order by r.ratio) from Reading r" ),
				unordered( "select percentile_cont(0.25) within group (order by r.qty) from Reading r" ),
				unordered( "select percentile_disc(0.5) within group (order by r.ratio) from Reading r" ),
				unordered( "select percentile_disc(0.9) within group (order by r.qty) from Reading r" ),
				unordered( "select r.grp, percentile_cont(0.5) within group (order by r.qty) from Reading r group by r.grp" ),
				unordered( "select median(r.ratio) from Reading r" ),
				unordered( "select r.grp, median(r.qty) from Reading r group by r.grp" ),
				unordered( "select mode() within group (order by r.qty) from Reading r" ),
				unordered( "select mode() within group (order by r.qty desc) from Reading r" ),
				unordered( "select mode() within group (order by r.grp) from Reading r" ),
				unordered( "select r.grp, mode() within group (order by r.label) from Reading r group by r.grp" ),
				unordered( "select r.grp, mode() within group (order by r.ratio) from Reading r group by r.grp" ),
				unordered( "select mode() within group (order by r.qty) from Reading r where r.qty > 1000" ),
				unordered( "select sum(r.qty) * 2 from Reading r" ),
				unordered( "select sum(r.qty) * 2, count(*) + 1 from Reading r where r.qty > 1000" ),
				unordered( "select coalesce(sum(r.qty), 0) from Reading r where r.qty > 1000" ),
				unordered( "select max(r.qty) - min(r.qty), avg(r.ratio) * 2 from Reading r" ),
				unordered( "select sum(r.total) / count(r.total) from Reading r" ),
				unordered( "select 1, count(*) from Reading r" ),
				unordered( "select r.grp, sum(r.qty) * 2 from Reading r group by r.grp" ),
				unordered( "select r.grp from Reading r group by r.grp having avg(r.qty) + 1 > 3" ),
				unordered( "select count(distinct (r.grp, r.enabled)) from Reading r" ),
				unordered( "select r.grp, count(distinct (r.qty, r.enabled)) from Reading r group by r.grp" ),
				unordered( "select round(avg(r.ratio), 2), sign(sum(r.qty)) from Reading r" ) );
	}

	private static List<QueryCase> grouping() {
		return List.of(
				unordered( "select r.grp, count(*) from Reading r group by r.grp" ),
				unordered( "select r.grp, r.enabled, count(*) from Reading r group by r.grp, r.enabled" ),
				unordered( "select r.qty, count(*) from Reading r group by r.qty" ),
				unordered( "select distinct r.grp from Reading r" ),
				unordered( "select distinct r.enabled, r.grp from Reading r" ),
				unordered( "select extract(year from r.born), count(*) from Reading r group by extract(year from r.born)" ),
				unordered( "select sign(r.qty), count(*) from Reading r group by sign(r.qty)" ) );
	}
}
