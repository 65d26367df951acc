package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonArray;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * The second half of a full join {@code from A a full join B b on …}, after the left join of A's
 * documents to B's ({@link LookupJoin}): the B documents that match no A document, each as a row whose
 * A columns are missing (NULL) and whose B document is in the field the left join put it in:
 * <pre>
 * {$unionWith: {coll: "B", pipeline: [{$lookup: {from: "A", … as: "#a"}}, [$filter of the condition],
 *     {$match: {"#a": []}}, {$replaceRoot: {newRoot: {"#b": "$$ROOT"}}}]}}
 * </pre>
 * The condition is tested from B's side with the same three-valued logic as from A's, so a B document is
 * in exactly one of the two halves. {@code $unionWith} needs MongoDB 4.4; the embedded mongo-java-server
 * has no stage that reads a second collection's documents as rows, so full joins run on a real server.
 *
 * @param rootAlias the alias of A, the read's root table
 * @param rootTable A's table
 * @param alias the alias of B, the fully joined table
 * @param table B's table
 * @param condition the join's {@code on} condition
 */
record UnmatchedRows(String rootAlias, String rootTable, String alias, String table, Predicate condition) implements JoinStep {

	@Override
	public List<Stage> stages(TranslationContext context) {
		TranslationContext fromOtherSide = context.readingFrom( table, alias );
		LookupJoin reverse = new LookupJoin( rootAlias, rootTable, condition, true, Map.of() );
		List<Stage> pipeline = new ArrayList<>( reverse.lookupStages( fromOtherSide ) );
		pipeline.add( new Stage.Match( new Filter.Comparison( reverse.field(), Filter.Operator.EQ, new Operand.Literal( new BsonArray() ) ) ) );
		pipeline.add( new Stage.ReplaceRoot( new Expression.Document( Map.of( "#" + alias, new Expression.Variable( "ROOT" ) ) ) ) );
		return List.of( new Stage.UnionWith( context.layout().collection( table ), pipeline ) );
	}
}
