package io.hibermongo.it.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hibermongo.it.differential.model.Status;
import io.hibermongo.it.differential.model.Tier;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.page;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The HQL queries of the differential test, grouped by the SQL rule each group pins down. Most select
 * ids only: a wrong row shows as a wrong id, and the failure message stays readable.
 */
final class HqlQueries {

	private HqlQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( comparisons() );
		all.addAll( threeValuedLogic() );
		all.addAll( inLists() );
		all.addAll( between() );
		all.addAll( like() );
		all.addAll( nullness() );
		all.addAll( arithmetic() );
		all.addAll( stringFunctions() );
		all.addAll( ordering() );
		all.addAll( paging() );
		all.addAll( projections() );
		all.addAll( aggregates() );
		all.addAll( grouping() );
		all.addAll( enumsDatesAndBooleans() );
		return all;
	}

	/** {@code = <> < <= > >=} against literals, parameters (one bound to null) and other columns. */
	private static List<QueryCase> comparisons() {
		return List.of(
				unordered( "select p.id from Person p where p.age = 30" ),
				unordered( "select p.id from Person p where p.age <> 30" ),
				unordered( "select p.id from Person p where p.age < 25" ),
				unordered( "select p.id from Person p where p.age <= 25" ),
				unordered( "select p.id from Person p where p.age > 40" ),
				unordered( "select p.id from Person p where p.age >= 41" ),
				unordered( "select p.id from Person p where p.name = 'alice'" ),
				unordered( "select p.id from Person p where p.name <> 'Bob'" ),
				unordered( "select p.id from Person p where p.name < 'Bob'" ),
				unordered( "select p.id from Person p where p.name >= 'a'" ),
				unordered( "select p.id from Person p where p.height > 1.7" ),
				unordered( "select p.id from Person p where p.salary >= 5000" ),
				unordered( "select p.id from Person p where p.salary < 0" ),
				unordered( "select p.id from Person p where p.age = :a", "a", 30 ),
				unordered( "select p.id from Person p where p.age = :a", "a", null ),
				unordered( "select p.id from Person p where p.age <> :a", "a", null ),
				unordered( "select p.id from Person p where p.age >= :a", "a", 0 ),
				unordered( "select p.id from Person p where p.name = :n", "n", "BOB" ),
				unordered( "select p.id from Person p where p.salary <= :s", "s", new BigDecimal( "3200.50" ) ),
				unordered( "select p.id from Person p where p.height < :h", "h", 1.6 ),
				unordered( "select p.id from Person p where p.score > p.age" ),
				unordered( "select p.id from Person p where p.age = p.score" ),
				unordered( "select p.id from Person p where p.score <> p.age" ),
				unordered( "select p.id from Person p where p.address.city = p.address.street" ),
				unordered( "select p.id from Person p where p.address.geo.lat > p.address.geo.lon" ) );
	}

	/** AND / OR / NOT where an operand is NULL: NOT(UNKNOWN) is UNKNOWN, so negation never adds nulls. */
	private static List<QueryCase> threeValuedLogic() {
		return List.of(
				unordered( "select p.id from Person p where not (p.age > 30)" ),
				unordered( "select p.id from Person p where p.age > 30 or p.score > 5" ),
				unordered( "select p.id from Person p where not (p.age > 30 or p.score > 5)" ),
				unordered( "select p.id from Person p where p.age > 30 and p.active = true" ),
				unordered( "select p.id from Person p where not (p.age > 30 and p.active = true)" ),
				unordered( "select p.id from Person p where (p.age < 20 or p.age > 50) and not (p.name is null)" ),
				unordered( "select p.id from Person p where not (p.name = 'Bob' or p.address.city = 'London')" ),
				unordered( "select p.id from Person p where not (p.age is null)" ) );
	}

	/** IN / NOT IN: a NULL in the list never matches, and makes NOT IN match nothing. */
	private static List<QueryCase> inLists() {
		return List.of(
				unordered( "select p.id from Person p where p.age in (19, 22, 25)" ),
				unordered( "select p.id from Person p where p.age not in (19, 22, 25)" ),
				unordered( "select p.id from Person p where p.name in ('Bob', 'BOB', 'bob')" ),
				unordered( "select p.id from Person p where p.age in :ages", "ages", List.of( 30, 41 ) ),
				unordered( "select p.id from Person p where p.age in (:ages)", "ages", Arrays.asList( 30, null ) ),
				unordered( "select p.id from Person p where p.age not in (:ages)", "ages", Arrays.asList( 30, null ) ),
				unordered( "select p.id from Person p where p.age in (:ages)", "ages", List.of() ),
				unordered( "select p.id from Person p where p.age not in (:ages)", "ages", List.of() ),
				unordered( "select p.id from Person p where p.status in (:statuses)", "statuses", List.of( Status.ACTIVE, Status.CLOSED ) ),
				unordered( "select p.id from Person p where p.address.city in ('Paris', 'Oslo')" ),
				unordered( "select p.id from Person p where p.address.city not in ('Paris', 'Oslo', '')" ) );
	}

	private static List<QueryCase> between() {
		return List.of(
				unordered( "select p.id from Person p where p.age between 25 and 33" ),
				unordered( "select p.id from Person p where p.age not between 25 and 33" ),
				unordered( "select p.id from Person p where p.name between 'A' and 'C'" ),
				unordered( "select p.id from Person p where p.birthDate between :from and :to",
						"from", LocalDate.of( 1990, 1, 1 ), "to", LocalDate.of( 1999, 12, 31 ) ),
				unordered( "select p.id from Person p where p.salary not between :low and :high",
						"low", new BigDecimal( "1000" ), "high", new BigDecimal( "5000.00" ) ) );
	}

	/**
	 * LIKE is case-sensitive, its only wildcards are {@code %} and {@code _}, and the rest is literal:
	 * regular-expression metacharacters, and a backslash, which is no escape character unless ESCAPE says so.
	 */
	private static List<QueryCase> like() {
		return List.of(
				unordered( "select p.id from Person p where p.name like 'a%'" ),
				unordered( "select p.id from Person p where p.name like 'A%'" ),
				unordered( "select p.id from Person p where p.name like '%b%'" ),
				unordered( "select p.id from Person p where p.name like 'a_b'" ),
				unordered( "select p.id from Person p where p.name like 'a!_b' escape '!'" ),
				unordered( "select p.id from Person p where p.name like '%!%' escape '!'" ),
				unordered( "select p.id from Person p where p.name like 'a.b*%'" ),
				unordered( "select p.id from Person p where p.name like '(x)[y]%'" ),
				unordered( "select p.id from Person p where p.name like '^$|?+%'" ),
				unordered( "select p.id from Person p where p.name like '%.%'" ),
				unordered( "select p.id from Person p where p.name like '%\\%'" ),
				unordered( "select p.id from Person p where p.name like :pattern", "pattern", "%+\\" ),
				unordered( "select p.id from Person p where p.name not like '%a%'" ),
				unordered( "select p.id from Person p where p.name like :pattern", "pattern", "%o%" ),
				unordered( "select p.id from Person p where p.name like :pattern", "pattern", "_ob" ),
				unordered( "select p.id from Person p where p.name not like :pattern", "pattern", "%e%" ),
				unordered( "select p.id from Person p where p.name like '%'" ),
				unordered( "select p.id from Person p where p.name like ''" ),
				unordered( "select p.id from Person p where p.name like '%e'" ),
				unordered( "select p.id from Person p where p.address.city like 'Z%'" ),
				unordered( "select p.id from Person p where p.name like 'Ñ%'" ),
				// the same statement but for the escape character: two commands, each with its own escape
				unordered( "select p.id from Person p where p.name like :pattern escape '!'", "pattern", "a!_b" ),
				unordered( "select p.id from Person p where p.name like :pattern escape '#'", "pattern", "a#_b" ) );
	}

	/** IS [NOT] NULL on basic columns, on embedded paths and on whole embeddables. */
	private static List<QueryCase> nullness() {
		return List.of(
				unordered( "select p.id from Person p where p.age is null" ),
				unordered( "select p.id from Person p where p.age is not null" ),
				unordered( "select p.id from Person p where p.name is null" ),
				unordered( "select p.id from Person p where p.address.city is null" ),
				unordered( "select p.id from Person p where p.address.city is not null" ),
				unordered( "select p.id from Person p where p.address is null" ),
				unordered( "select p.id from Person p where p.address is not null" ),
				unordered( "select p.id from Person p where p.address.geo is null" ),
				unordered( "select p.id from Person p where p.address.geo.lat is not null" ),
				unordered( "select p.id from Person p where p.status is null or p.tier is null" ) );
	}

	/** + - * / (integer division truncates toward zero), unary minus, mod and abs, NULL propagating. */
	private static List<QueryCase> arithmetic() {
		return List.of(
				unordered( "select p.id from Person p where p.age + p.score > 40" ),
				unordered( "select p.id from Person p where p.score * 2 = 20" ),
				unordered( "select p.id from Person p where -p.score > 0" ),
				unordered( "select p.id from Person p where p.score / 2 = 5" ),
				unordered( "select p.id from Person p where mod(p.score, 3) = -2" ),
				unordered( "select p.id from Person p where p.age - 30 = 0" ),
				unordered( "select p.id from Person p where p.height * 100 > 170" ),
				unordered( "select p.id from Person p where abs(p.score) >= 10" ),
				ordered( "select p.id, p.score + 1, p.score - p.age, p.score * 3, -p.score from Person p order by p.id" ),
				ordered( "select p.id, p.score / 3, mod(p.score, 3), p.score % 4, 7 / 2, -7 / 2 from Person p order by p.id" ),
				ordered( "select p.id, p.height * 2, p.height / 2, p.salary * 2, p.salary + 1 from Person p order by p.id" ),
				ordered( "select p.id, abs(p.score), abs(p.salary), p.age * p.score from Person p order by p.id" ) );
	}

	/**
	 * Concatenation (NULL in, NULL out), lower/upper, length, substring, trim, locate and coalesce.
	 * lower/upper skip ids 13 and 14: MongoDB's $toLower/$toUpper map ASCII letters only, so "Zoë" and
	 * "Ñandú" could not match a relational database's Unicode case mapping.
	 */
	private static List<QueryCase> stringFunctions() {
		return List.of(
				ordered( "select p.id, p.name || '!' from Person p order by p.id" ),
				ordered( "select p.id, concat(p.name, '@', p.address.city) from Person p order by p.id" ),
				ordered( "select p.id, lower(p.name), upper(p.name) from Person p where p.id not in (13, 14) order by p.id" ),
				ordered( "select p.id, length(p.name), length(p.address.city) from Person p order by p.id" ),
				ordered( "select p.id, substring(p.name, 2, 3) from Person p order by p.id" ),
				ordered( "select p.id, substring(p.name, 2) from Person p order by p.id" ),
				ordered( "select p.id, trim(p.name), trim(p.address.street) from Person p order by p.id" )
						.onRealServerOnly( "trim() becomes $trim, which the embedded server lacks" ),
				ordered( "select p.id, locate('b', p.name), locate('a', p.name, 2) from Person p order by p.id" ),
				ordered( "select p.id, coalesce(p.name, p.address.city, '?'), coalesce(p.age, -1) from Person p order by p.id" ),
				unordered( "select p.id from Person p where length(p.name) = 3" ),
				unordered( "select p.id from Person p where upper(p.name) = 'BOB'" ),
				unordered( "select p.id from Person p where lower(p.name) like 'alice%'" )
						.onRealServerOnly( "LIKE on a computed value becomes $regexMatch, which the embedded server lacks" ),
				unordered( "select p.id from Person p where lower(p.name) like :pattern escape '!'", "pattern", "a!_b" )
						.onRealServerOnly( "LIKE on a computed value becomes $regexMatch, which the embedded server lacks" ),
				unordered( "select p.id from Person p where lower(p.name) like :pattern escape '#'", "pattern", "a#_b" )
						.onRealServerOnly( "LIKE on a computed value becomes $regexMatch, which the embedded server lacks" ),
				unordered( "select p.id from Person p where coalesce(p.age, 0) < 20" ),
				unordered( "select p.id from Person p where p.name || p.address.city = 'BobLondon'" ) );
	}

	/** ORDER BY: NULLs sort low by default (first ascending, last descending) unless NULLS FIRST/LAST says otherwise. */
	private static List<QueryCase> ordering() {
		return List.of(
				ordered( "select p.id, p.age from Person p order by p.age, p.id" ),
				ordered( "select p.id, p.age from Person p order by p.age desc, p.id" ),
				ordered( "select p.id, p.age from Person p order by p.age asc nulls last, p.id" ),
				ordered( "select p.id, p.age from Person p order by p.age desc nulls first, p.id desc" ),
				ordered( "select p.id, p.name from Person p order by p.name, p.id" ),
				ordered( "select p.id, p.name from Person p order by p.name desc nulls last, p.id" ),
				ordered( "select p.id from Person p order by p.address.city nulls first, p.address.geo.lat desc, p.id" ),
				ordered( "select p.id, p.salary, p.height from Person p order by p.salary desc nulls last, p.height, p.id" ),
				ordered( "select p.id from Person p order by p.status, p.tier desc, p.id" ),
				ordered( "select p.id, p.birthDate from Person p order by p.birthDate, p.id" ),
				ordered( "select p.id from Person p order by p.active desc, p.id" ),
				ordered( "select p.id, p.score * -1 from Person p order by p.score * -1, p.id" ) );
	}

	/** setFirstResult/setMaxResults and HQL's limit/offset/fetch, always over a total order. */
	private static List<QueryCase> paging() {
		return List.of(
				page( "select p.id, p.name from Person p order by p.id", 5, 7 ),
				page( "select p.id from Person p order by p.age nulls last, p.id", 0, 4 ),
				page( "select p.id from Person p order by p.id", 100, 5 ),
				ordered( "select p.id, p.score from Person p order by p.score desc, p.id limit 5 offset 3" ),
				ordered( "select p.id from Person p order by p.id offset 25" ),
				ordered( "select p.id from Person p order by p.id fetch first 3 rows only" ),
				ordered( "select p.id from Person p where p.age is not null order by p.age desc, p.id limit 3" ) );
	}

	/** Scalars, tuples, DISTINCT, embedded paths, whole embeddables and whole entities. */
	private static List<QueryCase> projections() {
		return List.of(
				unordered( "select p.name from Person p" ),
				unordered( "select distinct p.age from Person p" ),
				unordered( "select distinct p.address.city from Person p" ),
				ordered( "select p.address from Person p order by p.id" ),
				ordered( "select p.address.geo from Person p order by p.id" ),
				ordered( "select p.id, p.address.city, p.address.geo.lat from Person p order by p.id" ),
				ordered( "select p from Person p where p.age > 40 order by p.id" ),
				ordered( "select p from Person p order by p.id" ),
				ordered( "select p.status, p.tier, p.birthDate, p.active, p.salary from Person p order by p.id" ) );
	}

	/** Aggregates skip NULLs; over no rows count is 0 and the others are NULL. */
	private static List<QueryCase> aggregates() {
		return List.of(
				unordered( "select count(*) from Person p" ),
				unordered( "select sum(p.age) / count(p.age) from Person p" ),
				unordered( "select sum(p.age) / count(p.age), count(*) * 2 from Person p where p.age > 1000" ),
				unordered( "select count(p.age), count(p.name), count(p.address.city) from Person p" ),
				unordered( "select count(distinct p.age), count(distinct p.name) from Person p" ),
				unordered( "select sum(p.score), sum(p.age), sum(p.salary), sum(p.height) from Person p" ),
				unordered( "select avg(p.age), avg(p.score), avg(p.height), avg(p.salary) from Person p" ),
				unordered( "select min(p.age), max(p.age), min(p.name), max(p.name), min(p.birthDate), max(p.salary) from Person p" ),
				unordered( "select count(p), sum(p.score), avg(p.age) from Person p where p.active = true" ),
				unordered( "select count(p), count(p.age), sum(p.score), avg(p.age), min(p.name), max(p.salary) from Person p where p.age > 1000" ),
				unordered( "select count(distinct p.address.city) from Person p where p.score > 1000" ),
				unordered( "select p.address.city, max(p.score) - min(p.score), sum(p.score * 2) from Person p where p.address.city = 'London' group by p.address.city" ) );
	}

	/** GROUP BY forms one group for NULL; HAVING filters groups. Ordered only when ordered by every key. */
	private static List<QueryCase> grouping() {
		return List.of(
				unordered( "select p.age, count(p) from Person p group by p.age" ),
				unordered( "select p.address.city, count(p), sum(p.score) from Person p group by p.address.city having count(p) > 1" ),
				ordered( "select p.status, count(p), min(p.age), max(p.age) from Person p group by p.status order by p.status nulls first" ),
				ordered( "select p.active, sum(p.score) from Person p group by p.active having sum(p.score) > 10 order by p.active nulls last" ),
				unordered( "select p.tier, avg(p.age) from Person p group by p.tier having avg(p.age) >= 30" ),
				unordered( "select p.address.city, p.active, count(p) from Person p where p.score >= 0 group by p.address.city, p.active" ),
				unordered( "select p.age, count(p) from Person p where p.age is not null group by p.age having count(p) = 1" ) );
	}

	/** Enums by name (STRING) and by position (ORDINAL), dates, and booleans as predicates. */
	private static List<QueryCase> enumsDatesAndBooleans() {
		return List.of(
				unordered( "select p.id from Person p where p.status = ACTIVE" ),
				unordered( "select p.id from Person p where p.status <> :s", "s", Status.SUSPENDED ),
				unordered( "select p.id from Person p where p.tier > :t", "t", Tier.SILVER ),
				unordered( "select p.id from Person p where p.tier <= io.hibermongo.it.differential.model.Tier.SILVER" ),
				unordered( "select p.id from Person p where p.status in (ACTIVE, CLOSED)" ),
				unordered( "select p.id from Person p where p.birthDate < :d", "d", LocalDate.of( 1990, 1, 1 ) ),
				unordered( "select p.id from Person p where p.birthDate = {d '1994-03-01'}" ),
				unordered( "select p.id from Person p where p.birthDate <> :d", "d", LocalDate.of( 1994, 3, 1 ) ),
				unordered( "select p.id from Person p where p.active = true" ),
				unordered( "select p.id from Person p where p.active = false" ),
				unordered( "select p.id from Person p where p.active" ),
				unordered( "select p.id from Person p where not p.active" ),
				unordered( "select p.id from Person p where p.active <> true" ),
				unordered( "select p.id from Person p where p.active is null" ) );
	}
}
