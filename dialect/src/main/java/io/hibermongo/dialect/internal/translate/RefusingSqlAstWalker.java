package io.hibermongo.dialect.internal.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.hibernate.sql.ast.SqlAstWalker;
import org.hibernate.sql.ast.tree.SqlAstNode;

/**
 * A {@link SqlAstWalker} that refuses every node: each translator overrides exactly the nodes it
 * translates, so an AST node nobody handles surfaces as a {@link FeatureNotSupportedException}
 * naming the construct instead of being silently approximated.
 */
abstract class RefusingSqlAstWalker implements SqlAstWalker {

	/** The message's tail: which statement is being translated, for the user's orientation. */
	protected abstract String statementDescription();

	protected FeatureNotSupportedException refuse(SqlAstNode node) {
		return FeatureNotSupportedException.construct( describe( node ), statementDescription() );
	}

	static String describe(Object node) {
		return node.getClass().getSimpleName();
	}

	@Override public void visitAggregateColumnWriteExpression(org.hibernate.sql.ast.tree.expression.AggregateColumnWriteExpression node) { throw refuse(node); }
	@Override public void visitAny(org.hibernate.sql.ast.tree.expression.Any node) { throw refuse(node); }
	@Override public void visitAssignment(org.hibernate.sql.ast.tree.update.Assignment node) { throw refuse(node); }
	@Override public void visitBetweenPredicate(org.hibernate.sql.ast.tree.predicate.BetweenPredicate node) { throw refuse(node); }
	@Override public void visitBinaryArithmeticExpression(org.hibernate.sql.ast.tree.expression.BinaryArithmeticExpression node) { throw refuse(node); }
	@Override public void visitBooleanExpressionPredicate(org.hibernate.sql.ast.tree.predicate.BooleanExpressionPredicate node) { throw refuse(node); }
	@Override public void visitCaseSearchedExpression(org.hibernate.sql.ast.tree.expression.CaseSearchedExpression node) { throw refuse(node); }
	@Override public void visitCaseSimpleExpression(org.hibernate.sql.ast.tree.expression.CaseSimpleExpression node) { throw refuse(node); }
	@Override public void visitCastTarget(org.hibernate.sql.ast.tree.expression.CastTarget node) { throw refuse(node); }
	@Override public void visitCollation(org.hibernate.sql.ast.tree.expression.Collation node) { throw refuse(node); }
	@Override public void visitColumnReference(org.hibernate.sql.ast.tree.expression.ColumnReference node) { throw refuse(node); }
	@Override public void visitColumnWriteFragment(org.hibernate.sql.model.ast.ColumnWriteFragment node) { throw refuse(node); }
	@Override public void visitConversion(org.hibernate.query.sqm.tree.expression.Conversion node) { throw refuse(node); }
	@Override public void visitCustomTableDelete(org.hibernate.sql.model.internal.TableDeleteCustomSql node) { throw refuse(node); }
	@Override public void visitCustomTableInsert(org.hibernate.sql.model.internal.TableInsertCustomSql node) { throw refuse(node); }
	@Override public void visitCustomTableUpdate(org.hibernate.sql.model.internal.TableUpdateCustomSql node) { throw refuse(node); }
	@Override public void visitDeleteStatement(org.hibernate.sql.ast.tree.delete.DeleteStatement node) { throw refuse(node); }
	@Override public void visitDistinct(org.hibernate.sql.ast.tree.expression.Distinct node) { throw refuse(node); }
	@Override public void visitDurationUnit(org.hibernate.sql.ast.tree.expression.DurationUnit node) { throw refuse(node); }
	@Override public void visitDuration(org.hibernate.sql.ast.tree.expression.Duration node) { throw refuse(node); }
	@Override public void visitEmbeddableTypeLiteral(org.hibernate.sql.ast.tree.expression.EmbeddableTypeLiteral node) { throw refuse(node); }
	@Override public void visitEntityTypeLiteral(org.hibernate.sql.ast.tree.expression.EntityTypeLiteral node) { throw refuse(node); }
	@Override public void visitEvery(org.hibernate.sql.ast.tree.expression.Every node) { throw refuse(node); }
	@Override public void visitExistsPredicate(org.hibernate.sql.ast.tree.predicate.ExistsPredicate node) { throw refuse(node); }
	@Override public void visitExtractUnit(org.hibernate.sql.ast.tree.expression.ExtractUnit node) { throw refuse(node); }
	@Override public void visitFilterFragmentPredicate(org.hibernate.sql.ast.tree.predicate.FilterPredicate.FilterFragmentPredicate node) { throw refuse(node); }
	@Override public void visitFilterPredicate(org.hibernate.sql.ast.tree.predicate.FilterPredicate node) { throw refuse(node); }
	@Override public void visitFormat(org.hibernate.sql.ast.tree.expression.Format node) { throw refuse(node); }
	@Override public void visitFromClause(org.hibernate.sql.ast.tree.from.FromClause node) { throw refuse(node); }
	@Override public void visitFunctionTableReference(org.hibernate.sql.ast.tree.from.FunctionTableReference node) { throw refuse(node); }
	@Override public void visitGroupedPredicate(org.hibernate.sql.ast.tree.predicate.GroupedPredicate node) { throw refuse(node); }
	@Override public void visitInArrayPredicate(org.hibernate.sql.ast.tree.predicate.InArrayPredicate node) { throw refuse(node); }
	@Override public void visitInListPredicate(org.hibernate.sql.ast.tree.predicate.InListPredicate node) { throw refuse(node); }
	@Override public void visitInSubQueryPredicate(org.hibernate.sql.ast.tree.predicate.InSubQueryPredicate node) { throw refuse(node); }
	@Override public void visitInsertStatement(org.hibernate.sql.ast.tree.insert.InsertSelectStatement node) { throw refuse(node); }
	@Override public void visitJdbcLiteral(org.hibernate.sql.ast.tree.expression.JdbcLiteral<?> node) { throw refuse(node); }
	@Override public void visitJunction(org.hibernate.sql.ast.tree.predicate.Junction node) { throw refuse(node); }
	@Override public void visitLikePredicate(org.hibernate.sql.ast.tree.predicate.LikePredicate node) { throw refuse(node); }
	@Override public void visitModifiedSubQueryExpression(org.hibernate.sql.ast.tree.expression.ModifiedSubQueryExpression node) { throw refuse(node); }
	@Override public void visitNamedTableReference(org.hibernate.sql.ast.tree.from.NamedTableReference node) { throw refuse(node); }
	@Override public void visitNegatedPredicate(org.hibernate.sql.ast.tree.predicate.NegatedPredicate node) { throw refuse(node); }
	@Override public void visitNestedColumnReference(org.hibernate.sql.ast.tree.expression.NestedColumnReference node) { throw refuse(node); }
	@Override public void visitNullnessPredicate(org.hibernate.sql.ast.tree.predicate.NullnessPredicate node) { throw refuse(node); }
	@Override public void visitOffsetFetchClause(org.hibernate.sql.ast.tree.select.QueryPart node) { throw refuse(node); }
	@Override public void visitOptionalTableUpdate(org.hibernate.sql.model.internal.OptionalTableUpdate node) { throw refuse(node); }
	@Override public void visitOver(org.hibernate.sql.ast.tree.expression.Over<?> node) { throw refuse(node); }
	@Override public void visitOverflow(org.hibernate.sql.ast.tree.expression.Overflow node) { throw refuse(node); }
	@Override public void visitParameter(org.hibernate.sql.ast.tree.expression.JdbcParameter node) { throw refuse(node); }
	@Override public void visitQueryGroup(org.hibernate.sql.ast.tree.select.QueryGroup node) { throw refuse(node); }
	@Override public void visitQueryLiteral(org.hibernate.sql.ast.tree.expression.QueryLiteral<?> node) { throw refuse(node); }
	@Override public void visitQueryPartTableReference(org.hibernate.sql.ast.tree.from.QueryPartTableReference node) { throw refuse(node); }
	@Override public void visitQuerySpec(org.hibernate.sql.ast.tree.select.QuerySpec node) { throw refuse(node); }
	@Override public void visitRelationalPredicate(org.hibernate.sql.ast.tree.predicate.ComparisonPredicate node) { throw refuse(node); }
	@Override public void visitSelectClause(org.hibernate.sql.ast.tree.select.SelectClause node) { throw refuse(node); }
	@Override public void visitSelectStatement(org.hibernate.sql.ast.tree.select.SelectStatement node) { throw refuse(node); }
	@Override public void visitSelfRenderingExpression(org.hibernate.sql.ast.tree.expression.SelfRenderingExpression node) { throw refuse(node); }
	@Override public void visitSelfRenderingPredicate(org.hibernate.sql.ast.tree.predicate.SelfRenderingPredicate node) { throw refuse(node); }
	@Override public void visitSortSpecification(org.hibernate.sql.ast.tree.select.SortSpecification node) { throw refuse(node); }
	@Override public void visitSqlFragmentPredicate(org.hibernate.persister.internal.SqlFragmentPredicate node) { throw refuse(node); }
	@Override public void visitSqlSelectionExpression(org.hibernate.sql.ast.tree.expression.SqlSelectionExpression node) { throw refuse(node); }
	@Override public void visitSqlSelection(org.hibernate.sql.ast.spi.SqlSelection node) { throw refuse(node); }
	@Override public void visitStandardTableDelete(org.hibernate.sql.model.internal.TableDeleteStandard node) { throw refuse(node); }
	@Override public void visitStandardTableInsert(org.hibernate.sql.model.internal.TableInsertStandard node) { throw refuse(node); }
	@Override public void visitStandardTableUpdate(org.hibernate.sql.model.internal.TableUpdateStandard node) { throw refuse(node); }
	@Override public void visitStar(org.hibernate.sql.ast.tree.expression.Star node) { throw refuse(node); }
	@Override public void visitSummarization(org.hibernate.sql.ast.tree.expression.Summarization node) { throw refuse(node); }
	@Override public void visitTableGroupJoin(org.hibernate.sql.ast.tree.from.TableGroupJoin node) { throw refuse(node); }
	@Override public void visitTableGroup(org.hibernate.sql.ast.tree.from.TableGroup node) { throw refuse(node); }
	@Override public void visitTableReferenceJoin(org.hibernate.sql.ast.tree.from.TableReferenceJoin node) { throw refuse(node); }
	@Override public void visitThruthnessPredicate(org.hibernate.sql.ast.tree.predicate.ThruthnessPredicate node) { throw refuse(node); }
	@Override public void visitTrimSpecification(org.hibernate.sql.ast.tree.expression.TrimSpecification node) { throw refuse(node); }
	@Override public void visitTuple(org.hibernate.sql.ast.tree.expression.SqlTuple node) { throw refuse(node); }
	@Override public void visitUnaryOperationExpression(org.hibernate.sql.ast.tree.expression.UnaryOperation node) { throw refuse(node); }
	@Override public <N extends Number> void visitUnparsedNumericLiteral(org.hibernate.sql.ast.tree.expression.UnparsedNumericLiteral<N> node) { throw refuse(node); }
	@Override public void visitUpdateStatement(org.hibernate.sql.ast.tree.update.UpdateStatement node) { throw refuse(node); }
	@Override public void visitValuesTableReference(org.hibernate.sql.ast.tree.from.ValuesTableReference node) { throw refuse(node); }
}
