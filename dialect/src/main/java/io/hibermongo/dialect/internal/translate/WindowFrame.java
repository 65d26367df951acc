package io.hibermongo.dialect.internal.translate;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.WindowOutput;
import org.bson.BsonValue;
import org.hibernate.query.common.FrameExclusion;
import org.hibernate.query.common.FrameKind;
import org.hibernate.query.SortDirection;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.expression.Over;
import org.hibernate.sql.ast.tree.select.SortSpecification;

/**
 * The frame of a window function ({@code rows|range between … and …}) and how its value is computed:
 * <ul>
 * <li>{@code ROWS}: a {@code documents} window, {@code n PRECEDING} as {@code -n}, {@code CURRENT ROW} as
 * {@code "current"};</li>
 * <li>{@code RANGE} with an offset: a {@code range} window over the single numeric ORDER BY key (negated
 * when it descends, since MongoDB measures ranges in ascending order),
 * {@code CURRENT ROW} as {@code 0} (the current value, so peers are in, as in SQL; MongoDB's
 * {@code "current"} would be the current document only);</li>
 * <li>{@code RANGE} between UNBOUNDED and CURRENT ROW (SQL's default with ORDER BY): the value computed up
 * to (or from) each row, taken at the row's last (or first) peer in the peers stage
 * ({@link WindowStages});</li>
 * <li>{@code RANGE} without ORDER BY, or UNBOUNDED on both sides: the whole partition;</li>
 * <li>{@code GROUPS}: a {@code range} window over the dense rank (the number of the group of peers), in the
 * groups stage ({@link WindowStages}).</li>
 * </ul>
 * Refused by name, since MongoDB has no exact equivalent: {@code EXCLUDE} other than
 * {@code NO OTHERS}, offsets that are not literals, a start after the end, RANGE offsets over several,
 * non-numeric or NULLS FIRST/LAST-ordered keys.
 */
final class WindowFrame {

	private enum Kind { WHOLE, DOCUMENTS, RANGE, DESCENDING_RANGE, UP_TO_PEERS, FROM_PEERS, PEERS, GROUPS }

	private static final BsonValue UNBOUNDED = new org.bson.BsonString( "unbounded" );
	private static final BsonValue CURRENT = new org.bson.BsonString( "current" );

	private final Kind kind;
	private final WindowOutput.Bounds bounds;

	private WindowFrame(Kind kind, WindowOutput.Bounds bounds) {
		this.kind = kind;
		this.bounds = bounds;
	}

	static WindowFrame of(Over<?> over, WindowStages window, TranslationContext context) {
		if ( over.getExclusion() != FrameExclusion.NO_OTHERS ) {
			throw context.refuse( "EXCLUDE " + over.getExclusion().name().replace( '_', ' ' ) + " in a window frame" );
		}
		FrameKind start = over.getStartKind();
		FrameKind end = over.getEndKind();
		if ( start.ordinal() > end.ordinal() ) {
			throw context.refuse( "A window frame whose start lies after its end" );
		}
		return switch ( over.getMode() ) {
			case GROUPS -> groups( over, context );
			case ROWS -> rows( over, context );
			case RANGE -> range( over, window, context );
		};
	}

	private static WindowFrame rows(Over<?> over, TranslationContext context) {
		if ( over.getStartKind() == FrameKind.UNBOUNDED_PRECEDING && over.getEndKind() == FrameKind.UNBOUNDED_FOLLOWING ) {
			return new WindowFrame( Kind.WHOLE, null );
		}
		long lower = offset( over.getStartKind(), over.getStartExpression(), context );
		long upper = offset( over.getEndKind(), over.getEndExpression(), context );
		if ( isOffset( over.getStartKind() ) && isOffset( over.getEndKind() ) && lower > upper ) {
			throw context.refuse( "A window frame whose start lies after its end" );
		}
		return new WindowFrame( Kind.DOCUMENTS, new WindowOutput.Bounds( "documents",
				rowBound( over.getStartKind(), lower ), rowBound( over.getEndKind(), upper ) ) );
	}

	private static BsonValue rowBound(FrameKind kind, long offset) {
		return switch ( kind ) {
			case UNBOUNDED_PRECEDING, UNBOUNDED_FOLLOWING -> UNBOUNDED;
			case CURRENT_ROW -> CURRENT;
			case OFFSET_PRECEDING, OFFSET_FOLLOWING -> new org.bson.BsonInt32( Math.toIntExact( offset ) );
		};
	}

	/** GROUPS: a range of dense ranks (group numbers), CURRENT ROW as 0, so the current group's peers are in. */
	private static WindowFrame groups(Over<?> over, TranslationContext context) {
		long lower = offset( over.getStartKind(), over.getStartExpression(), context );
		long upper = offset( over.getEndKind(), over.getEndExpression(), context );
		if ( isOffset( over.getStartKind() ) && isOffset( over.getEndKind() ) && lower > upper ) {
			throw context.refuse( "A window frame whose start lies after its end" );
		}
		return new WindowFrame( Kind.GROUPS, new WindowOutput.Bounds( "range", groupBound( over.getStartKind(), lower ), groupBound( over.getEndKind(), upper ) ) );
	}

	private static BsonValue groupBound(FrameKind kind, long offset) {
		return kind == FrameKind.UNBOUNDED_PRECEDING || kind == FrameKind.UNBOUNDED_FOLLOWING ? UNBOUNDED
				: new org.bson.BsonInt32( Math.toIntExact( offset ) );
	}

	private static WindowFrame range(Over<?> over, WindowStages window, TranslationContext context) {
		FrameKind start = over.getStartKind();
		FrameKind end = over.getEndKind();
		boolean unboundedStart = start == FrameKind.UNBOUNDED_PRECEDING;
		boolean unboundedEnd = end == FrameKind.UNBOUNDED_FOLLOWING;
		if ( isOffset( start ) || isOffset( end ) ) {
			boolean descending = rangeKey( over, context );
			BsonValue lower = unboundedStart ? UNBOUNDED : rangeBound( start, over.getStartExpression(), context );
			BsonValue upper = unboundedEnd ? UNBOUNDED : rangeBound( end, over.getEndExpression(), context );
			if ( lower.isNumber() && upper.isNumber() && lower.asNumber().doubleValue() > upper.asNumber().doubleValue() ) {
				throw context.refuse( "A window frame whose start lies after its end" );
			}
			return new WindowFrame( descending ? Kind.DESCENDING_RANGE : Kind.RANGE, new WindowOutput.Bounds( "range", lower, upper ) );
		}
		// every row is a peer of every other without ORDER BY
		if ( !window.isOrdered() || unboundedStart && unboundedEnd ) {
			return new WindowFrame( Kind.WHOLE, null );
		}
		if ( unboundedStart ) {
			return new WindowFrame( Kind.UP_TO_PEERS, WindowStages.documents( "unbounded", "current" ) );
		}
		if ( unboundedEnd ) {
			return new WindowFrame( Kind.FROM_PEERS, WindowStages.documents( "current", "unbounded" ) );
		}
		return new WindowFrame( Kind.PEERS, null );
	}

	/** A RANGE offset measures one numeric key in MongoDB's null order; anything else is refused. Whether it descends. */
	private static boolean rangeKey(Over<?> over, TranslationContext context) {
		if ( over.getOrderList().size() != 1 ) {
			throw context.refuse( "A RANGE window frame with an offset and " + ( over.getOrderList().isEmpty() ? "no" : "several" ) + " ORDER BY keys" );
		}
		SortSpecification key = over.getOrderList().get( 0 );
		if ( !MongoSelectTranslator.isNaturalNullOrder( key ) ) {
			throw context.refuse( "A RANGE window frame with an offset over an ORDER BY key with NULLS FIRST/LAST against MongoDB's order" );
		}
		var type = SqlExpressions.unwrap( key.getSortExpression() ).getExpressionType();
		if ( type == null || type.getJdbcTypeCount() != 1 || !type.getSingleJdbcMapping().getJdbcType().isNumber() ) {
			throw context.refuse( "A RANGE window frame with an offset over a non-numeric ORDER BY key" );
		}
		return key.getSortOrder() == SortDirection.DESCENDING;
	}

	private static BsonValue rangeBound(FrameKind kind, org.hibernate.sql.ast.tree.expression.Expression expression, TranslationContext context) {
		if ( kind == FrameKind.CURRENT_ROW ) {
			return new org.bson.BsonInt32( 0 );
		}
		BsonValue value = literal( expression, context );
		if ( !value.isNumber() ) {
			throw context.refuse( "A window frame offset that is not a number" );
		}
		return kind == FrameKind.OFFSET_PRECEDING ? negate( value ) : value;
	}

	private static BsonValue negate(BsonValue value) {
		if ( value.isInt32() ) {
			return new org.bson.BsonInt32( -value.asInt32().getValue() );
		}
		if ( value.isInt64() ) {
			return new org.bson.BsonInt64( -value.asInt64().getValue() );
		}
		return new org.bson.BsonDouble( -value.asNumber().doubleValue() );
	}

	private static boolean isOffset(FrameKind kind) {
		return kind == FrameKind.OFFSET_PRECEDING || kind == FrameKind.OFFSET_FOLLOWING;
	}

	/** The signed row offset of a ROWS bound (0 for CURRENT ROW and UNBOUNDED, which are written as keywords). */
	private static long offset(FrameKind kind, org.hibernate.sql.ast.tree.expression.Expression expression, TranslationContext context) {
		if ( !isOffset( kind ) ) {
			return 0;
		}
		BsonValue value = literal( expression, context );
		if ( !value.isInt32() && !value.isInt64() ) {
			throw context.refuse( "A ROWS window frame offset that is not an integer" );
		}
		long offset = value.asNumber().longValue();
		return kind == FrameKind.OFFSET_PRECEDING ? -offset : offset;
	}

	/** The value of a literal offset; a parameter is refused, since the frame is part of the command's shape. */
	static BsonValue literal(org.hibernate.sql.ast.tree.expression.Expression expression, TranslationContext context) {
		if ( SqlExpressions.unwrap( expression ) instanceof Literal literal && literal.getLiteralValue() != null ) {
			Operand operand = context.literal( literal );
			return ( (Operand.Literal) operand ).literal();
		}
		throw context.refuse( "A window offset that is not a literal" );
	}

	/**
	 * The value of {@code operator} of {@code argument} over this frame, for each row: an output of the
	 * ordered stage, or of the peers stage where the frame ends or starts at the current row's peers.
	 */
	Field value(WindowStages window, String operator, Expression argument) {
		return switch ( kind ) {
			case WHOLE -> window.ordered( operator, argument, null );
			case DOCUMENTS, RANGE -> window.ordered( operator, argument, bounds );
			case DESCENDING_RANGE -> window.descendingRange( operator, argument, bounds );
			case UP_TO_PEERS -> window.peers( "$last", window.ordered( operator, argument, bounds ) );
			case FROM_PEERS -> window.peers( "$first", window.ordered( operator, argument, bounds ) );
			case PEERS -> window.peers( operator, argument );
			case GROUPS -> window.groups( operator, argument, bounds );
		};
	}
}
