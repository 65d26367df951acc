package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.it.differential.model.Tier;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The HQL queries over element collections of the differential test: joins to elements (conditions on one
 * element hold for the same element), outer joins, indices, map keys and values, grouping over elements,
 * {@code member of}, {@code is empty}, {@code size()} and {@code exists} over the owner's own elements.
 */
final class ElementQueries {

	/** Groups whose key is a string starting with {@code $}, which the embedded server reads as a field path. */
	private static final String GROUPED_DOLLAR = "the embedded server evaluates a grouping key value that starts with '$' as a field path";

	/** A lookup variable holding a string that starts with {@code $}, which the embedded server evaluates as a field path. */
	private static final String DOLLAR_VARIABLE = "the embedded server evaluates a $lookup or $filter variable whose string value starts with '$' as a field path";

	/** {@code $map} over elements some of which lack the mapped field, which the embedded server fails on. */
	private static final String MAP_OF_MISSING = "the embedded server fails a $map whose elements lack the mapped field (undefined $$this)";

	private ElementQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( joins() );
		all.addAll( embeddableElements() );
		all.addAll( listsAndMaps() );
		all.addAll( outerJoinsAndFetches() );
		all.addAll( memberOfAndSize() );
		all.addAll( subqueries() );
		all.addAll( subqueriesOverOwnElements() );
		return all;
	}

	private static List<QueryCase> joins() {
		return List.of(
				unordered( "select b.id, t from Basket b join b.tags t" ),
				unordered( "select b.id from Basket b join b.tags t where t = 'blue'" ),
				unordered( "select b.id from Basket b join b.tags t where t = :t", "t", "$gt" ),
				unordered( "select b.id from Basket b join b.tags t where t = :t", "t", "a.b" ),
				unordered( "select b.id from Basket b join b.tags t where t = :t", "t", "x\0y" ),
				unordered( "select b.id from Basket b join b.tags t where t = :t", "t", null ),
				unordered( "select b.id, t from Basket b join b.tags t where t like 'b%'" ),
				unordered( "select b.id, t from Basket b join b.tags t where t in ('red', 'green')" ),
				unordered( "select b.id, t from Basket b join b.tags t where t <> 'red'" ),
				unordered( "select distinct b.id from Basket b join b.tags t where t <> 'blue'" ),
				unordered( "select b.id, t from Basket b join b.tags t where b.owner = 'ann' or t = 'green'" ),
				ordered( "select t, count(*) from Basket b join b.tags t group by t order by t" ).onRealServerOnly( GROUPED_DOLLAR ),
				ordered( "select b.id, t from Basket b join b.tags t where b.id < 3 order by b.id, t" ) );
	}

	private static List<QueryCase> embeddableElements() {
		return List.of(
				unordered( "select b.id, l.sku, l.qty from Basket b join b.lines l" ),
				unordered( "select b.id from Basket b join b.lines l where l.sku = 'A' and l.qty > 5" ),
				unordered( "select b.id from Basket b join b.lines l where l.sku = 'B' and l.qty > 5" ),
				unordered( "select b.id, l.sku from Basket b join b.lines l where l.qty is null" ),
				unordered( "select b.id, l.sku from Basket b join b.lines l where l.qty is not null and l.qty <= 5" ),
				unordered( "select b.id, l.sku from Basket b join b.lines l where l.pack.unit = 'box'" ),
				unordered( "select b.id, l.sku from Basket b join b.lines l where l.pack.size is null" ),
				unordered( "select l from Basket b join b.lines l where b.id = 1" ),
				unordered( "select l from Basket b join b.lines l where l.sku = 'A'" ),
				ordered( "select l.sku, count(*), sum(l.qty) from Basket b join b.lines l group by l.sku order by l.sku" ),
				ordered( "select b.id, max(l.qty), min(l.qty) from Basket b join b.lines l group by b.id order by b.id" ),
				ordered( "select sum(l.qty), count(l.qty), count(*) from Basket b join b.lines l" ),
				unordered( "select b.id, l.qty from Basket b join b.lines l where l.qty between 2 and 10" ),
				ordered( "select b.id, l.sku, l.qty from Basket b join b.lines l where l.qty is not null order by l.qty desc, b.id, l.sku" ) );
	}

	private static List<QueryCase> listsAndMaps() {
		return List.of(
				ordered( "select index(s), s from Basket b join b.steps s where b.id = 1 order by index(s)" ),
				unordered( "select b.id, index(s), s from Basket b join b.steps s" ),
				unordered( "select b.id, index(s) from Basket b join b.steps s where s = 'r'" ),
				unordered( "select b.id from Basket b join b.steps s where index(s) = 0 and s like 'p%'" ),
				unordered( "select b.id, s from Basket b join b.steps s where index(s) > 0" ),
				unordered( "select key(e), value(e) from Basket b join b.stock e where b.id = 2" ),
				unordered( "select b.id, key(e) from Basket b join b.stock e where value(e) > 1" ),
				unordered( "select b.id from Basket b join b.stock e where key(e) = 'apple' and value(e) >= 5" ),
				unordered( "select b.id, key(e), value(e) from Basket b join b.stock e where key(e) like '%.%' or key(e) like '$%'" ),
				ordered( "select key(e), sum(value(e)) from Basket b join b.stock e group by key(e) order by key(e)" ).onRealServerOnly( GROUPED_DOLLAR ),
				unordered( "select b.id, key(t), t.sku, t.qty from Basket b join b.byTier t" ),
				unordered( "select b.id from Basket b join b.byTier t where key(t) = :tier and t.qty > 1", "tier", Tier.GOLD ),
				unordered( "select b.id, key(t) from Basket b join b.byTier t where t.pack.unit = 'box'" ) );
	}

	private static List<QueryCase> outerJoinsAndFetches() {
		return List.of(
				unordered( "select b.id, t from Basket b left join b.tags t" ),
				unordered( "select b.id, l.sku from Basket b left join b.lines l" ),
				unordered( "select b.id, s from Basket b left join b.steps s" ),
				ordered( "select b.id, count(t) from Basket b left join b.tags t group by b.id order by b.id" ),
				ordered( "select b from Basket b left join fetch b.tags where b.id in (1, 2, 3) order by b.id" ),
				ordered( "select b from Basket b left join fetch b.steps order by b.id" ),
				ordered( "select distinct b from Basket b join fetch b.lines order by b.id" ),
				ordered( "select b from Basket b order by b.id" ),
				ordered( "select b from Basket b left join fetch b.tags where 'red' member of b.tags order by b.id" ),
				ordered( "select b from Basket b left join fetch b.tags where :t member of b.tags or b.owner is null order by b.id",
						"t", "blue" ),
				unordered( "select b.id, t from Basket b left join b.tags t where t is null or t <> 'red'" ),
				ordered( "select b from Basket b left join fetch b.lines where 'red' member of b.tags order by b.id" ) );
	}

	private static List<QueryCase> memberOfAndSize() {
		return List.of(
				unordered( "select b.id from Basket b where 'blue' member of b.tags" ),
				unordered( "select b.id from Basket b where :t member of b.tags", "t", "$gt" ),
				unordered( "select b.id from Basket b where :t member of b.tags", "t", "x\0y" ),
				unordered( "select b.id from Basket b where :t member of b.tags", "t", null ),
				unordered( "select b.id from Basket b where 'blue' not member of b.tags" ),
				unordered( "select b.id from Basket b where 'r' member of b.steps" ),
				unordered( "select b.id from Basket b where b.tags is empty" ),
				unordered( "select b.id from Basket b where b.tags is not empty" ),
				unordered( "select b.id from Basket b where b.steps is empty" ),
				unordered( "select b.id from Basket b where b.stock is not empty and b.owner <> 'bob'" ),
				unordered( "select b.id from Basket b where b.byTier is empty or b.owner is null" ),
				ordered( "select b.id, size(b.tags), size(b.lines), size(b.steps), size(b.stock) from Basket b order by b.id" ),
				unordered( "select b.id from Basket b where size(b.lines) > 1" ),
				unordered( "select b.id from Basket b where size(b.stock) = 0" ),
				unordered( "select b.id from Basket b where exists (select l from b.lines l where l.sku = 'A' and l.qty > 5)" ),
				unordered( "select b.id from Basket b where not exists (select l from b.lines l where l.qty is null)" ),
				unordered( "select b.id from Basket b where exists (select l from b.lines l where l.pack.unit = 'box' or l.sku = 'C')" ),
				unordered( "select b.id from Basket b where b.owner = 'ann' and 'red' member of b.tags" ),
				unordered( "select b.id from Basket b where 'green' member of b.tags or b.owner = 'bob'" ),
				unordered( "select b.id, t from Basket b join b.tags t where 'red' member of b.tags" ) );
	}

	/** Subqueries in the WHERE of a query joining elements: on the owner before unwinding, on an element after. */
	private static List<QueryCase> subqueries() {
		return List.of(
				unordered( "select b.id, t from Basket b join b.tags t where b.id in (select b2.id from Basket b2 where b2.owner = 'ann')" ),
				unordered( "select b.id, t from Basket b join b.tags t where b.id not in (select b2.id from Basket b2 where b2.owner = 'ann')" ),
				unordered( "select b.id, t from Basket b join b.tags t where t in (select b2.owner from Basket b2)" ),
				// the tag "$gt" bound as a lookup variable: the embedded server evaluates it as a field path
				unordered( "select b.id, t from Basket b join b.tags t where t not in (select b2.owner from Basket b2 where b2.owner is not null)" )
						.onRealServerOnly( DOLLAR_VARIABLE ),
				unordered( "select b.id, t from Basket b join b.tags t where t not in (select b2.owner from Basket b2 where b2.owner is not null) and t not like '$%'" ),
				unordered( "select b.id, l.sku from Basket b join b.lines l where l.qty > (select avg(l2.qty) from Basket b2 join b2.lines l2)" ),
				unordered( "select b.id, l.sku from Basket b join b.lines l where l.qty = (select max(l2.qty) from Basket b2 join b2.lines l2 where b2.id = b.id)" ),
				unordered( "select b.id, t from Basket b join b.tags t where exists (select 1 from Basket b2 join b2.tags t2 where b2.id <> b.id and t2 = t)" ),
				unordered( "select count(*) from Basket b join b.tags t where not exists (select 1 from Basket b2 where b2.owner = b.owner and b2.id < b.id)" ),
				unordered( "select b.id, t from Basket b join b.tags t where t like 'b%' and b.id in (select b2.id from Basket b2 where size(b2.lines) > 0)" ),
				unordered( "select distinct b.id from Basket b left join b.tags t where b.id in (select b2.id from Basket b2 where b2.owner is not null)" ),
				unordered( "select b from Basket b join fetch b.tags where b.id in (select b2.id from Basket b2 where b2.owner = 'ann')" ),
				ordered( "select b.id, t from Basket b join b.tags t where (select count(*) from Basket b2 where b2.owner = b.owner) > 1 order by b.id, t" ) );
	}

	/** Subqueries over the document's own elements beyond member of, is empty, size() and exists: expressions over the array. */
	private static List<QueryCase> subqueriesOverOwnElements() {
		return List.of(
				unordered( "select b.id from Basket b where (select max(l.qty) from b.lines l) > 5" ),
				unordered( "select b.id, (select count(*) from b.lines l where l.qty > 2) from Basket b" ),
				unordered( "select b.id from Basket b where 'red' in (select t from b.tags t)" ),
				unordered( "select b.id from Basket b where exists (select 1 from b.lines l where l.qty * 2 > 10)" ),
				unordered( "select b.id, (select sum(l.qty) from b.lines l) from Basket b" ).onRealServerOnly( MAP_OF_MISSING ),
				unordered( "select b.id from Basket b where b.owner in (select t from b.tags t)" ),
				unordered( "select b.id, (select min(l.qty) from b.lines l), (select avg(l.qty) from b.lines l where l.sku <> 'A') from Basket b" ),
				unordered( "select b.id, (select count(l.qty) from b.lines l), (select count(distinct l.sku) from b.lines l) from Basket b" )
						.onRealServerOnly( MAP_OF_MISSING ),
				unordered( "select b.id from Basket b where (select sum(l.qty) from b.lines l where l.pack.unit = 'box') is null" ),
				unordered( "select b.id, (select count(*) from b.steps s) from Basket b" ),
				unordered( "select b.id, (select max(s) from b.steps s where s <> 'pay') from Basket b" ),
				unordered( "select b.id from Basket b where not exists (select 1 from b.lines l where l.qty > 3 and l.sku = b.owner)" ),
				unordered( "select b.id from Basket b where exists (select 1 from b.tags t where t like 'b%' and t <> 'blue')" )
						.onRealServerOnly( "the embedded server lacks $regexMatch (LIKE on an element in an expression)" ),
				unordered( "select b.id from Basket b where exists (select 1 from b.tags t where t > 'b' and t <> 'blue')" ).onRealServerOnly( DOLLAR_VARIABLE ),
				unordered( "select b.id, (select l.qty from b.lines l where l.sku = 'A') from Basket b where b.id = 3" ),
				ordered( "select b.id from Basket b order by (select count(*) from b.tags t where t <> 'red'), b.id" ).onRealServerOnly( DOLLAR_VARIABLE ),
				ordered( "select b.id from Basket b order by (select count(*) from b.lines l where l.qty > 2) desc, b.id" ),
				unordered( "select b.id from Basket b where (select count(*) from b.lines l where l.qty > 2 or l.sku = b.owner) > 0" ) );
	}
}
