package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.layout.UnionTable;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonInt32;

/**
 * The leading stages of a polymorphic read of a TABLE_PER_CLASS hierarchy ({@link UnionTable}): the
 * aggregate runs on the first class's collection and {@code $unionWith} brings in each other one, every
 * branch adding its class's discriminator value and applying the read's conditions itself, so each
 * collection's indexes serve them:
 * <pre>
 * [{$addFields: {clazz_: {$literal: 1}}}, {$match: …},
 *  {$unionWith: {coll: "CashPayment", pipeline: [{$addFields: {clazz_: {$literal: 2}}}, {$match: …}]}}, …]
 * </pre>
 * The rest of the pipeline (projection, grouping, sorting, paging) follows over all branches. MongoDB 4.4+
 * runs {@code $unionWith}; the embedded mongo-java-server has no such stage and no other form that reads
 * several collections in one command, so these reads run on a real server only.
 */
final class UnionBranches {

	private UnionBranches() {
	}

	/**
	 * The stages reading every member of {@code union}, each through {@code matching} (the read's
	 * conditions), in an aggregate on {@code collection}: the first member's, or, where Hibernate narrowed
	 * the union to classes without it, a collection whose own documents are all left out.
	 */
	static List<Stage> stages(UnionTable union, List<Stage> matching, String collection) {
		boolean first = union.collections().get( 0 ).equals( collection );
		List<Stage> stages = new ArrayList<>( first ? branch( union, 0, matching ) : List.of( new Stage.Match( new Filter.Constant( false ) ) ) );
		for ( int i = first ? 1 : 0; i < union.collections().size(); i++ ) {
			stages.add( new Stage.UnionWith( union.collections().get( i ), branch( union, i, matching ) ) );
		}
		return stages;
	}

	private static List<Stage> branch(UnionTable union, int member, List<Stage> matching) {
		List<Stage> branch = new ArrayList<>();
		branch.add( new Stage.AddFields( Map.of( union.discriminator(),
				new Expression.Constant( new Operand.Literal( new BsonInt32( union.discriminatorValues().get( member ) ) ) ) ) ) );
		branch.addAll( matching );
		return branch;
	}
}
