package io.hibermongo.dialect.internal.translate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.query.common.TemporalUnit;
import org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.DurationUnit;
import org.hibernate.sql.ast.tree.expression.ExtractUnit;
import org.hibernate.sql.ast.tree.expression.Format;
import org.hibernate.sql.exec.spi.JdbcParameterBinder;
import org.hibernate.type.descriptor.ValueBinder;

import static io.hibermongo.dialect.internal.translate.Mql.DAY;
import static io.hibermongo.dialect.internal.translate.Mql.cond;
import static io.hibermongo.dialect.internal.translate.Mql.floorMod;
import static io.hibermongo.dialect.internal.translate.Mql.millis;
import static io.hibermongo.dialect.internal.translate.Mql.nullSafe;
import static io.hibermongo.dialect.internal.translate.Mql.number;
import static io.hibermongo.dialect.internal.translate.Mql.op;
import static io.hibermongo.dialect.internal.translate.Mql.string;

/**
 * HQL's date and time functions over the stored BSON dates, which hold local dates and times as UTC wall
 * time (see "Documents" in DESIGN), so every field is read in UTC. Only operators the embedded server also
 * knows are used, except for adding months, quarters and years ({@code $dateAdd}, which clamps to the end
 * of the month as SQL does).
 * <ul>
 * <li>{@code current_date}, {@code local_time}, {@code instant} …: the client's clock when the statement is
 *     executed, in the JVM's default time zone (as H2's session time zone is), bound as a parameter: the
 *     command text stays the same.</li>
 * <li>{@code extract}: {@code $year}, {@code $month}, {@code $dayOfMonth}, {@code $dayOfYear},
 *     {@code $hour}, {@code $minute}, {@code $second} plus the milliseconds; the day of week (Sunday = 1)
 *     from the days since 1970; {@code quarter} from the month; {@code week} is the ISO week, the week of
 *     year of the Thursday of the date's Monday-to-Sunday week; {@code epoch} the seconds since 1970,
 *     rounded half away from zero as H2 rounds them.</li>
 * <li>{@code timestampadd} (and {@code x + n day}): milliseconds added for fixed units.</li>
 * <li>{@code timestampdiff} (and {@code (b - a) by day}): unit boundaries crossed, as H2's {@code DATEDIFF}
 *     counts them: {@code floor(b/u) - floor(a/u)} for fixed units, calendar fields for months and years.</li>
 * <li>{@code trunc(x, unit)}: the milliseconds past the unit removed; months and years through
 *     {@code $dateToString} and {@code $toDate}.</li>
 * <li>{@code format(x as pattern)}: {@code $dateToString}, the pattern's letters translated.</li>
 * </ul>
 */
final class TemporalFunctions {

	private static final long SECOND = 1000L;
	private static final long MINUTE = 60 * SECOND;
	private static final long HOUR = 60 * MINUTE;

	private final ExpressionTranslator expressions;
	private final TranslationContext context;

	TemporalFunctions(ExpressionTranslator expressions, TranslationContext context) {
		this.expressions = expressions;
		this.context = context;
	}

	Expression translate(SelfRenderingFunctionSqlAstExpression<?> function) {
		String name = function.getFunctionName();
		List<? extends SqlAstNode> arguments = function.getArguments();
		return switch ( name ) {
			case "current_date", "current_time", "current_timestamp", "local_date", "local_time", "local_datetime",
					"instant", "offset_datetime" -> now( function );
			case "extract" -> extract( function, ( (ExtractUnit) arguments.get( 0 ) ).getUnit(), expressions.translate( arguments.get( 1 ) ) );
			case "timestampadd" -> add( ( (DurationUnit) arguments.get( 0 ) ).getUnit(), expressions.translate( arguments.get( 1 ) ),
					expressions.translate( arguments.get( 2 ) ) );
			// no unit: the dialect's native one (a Duration's magnitude)
			case "timestampdiff" -> difference( arguments.get( 0 ) == null ? TemporalUnit.NATIVE : ( (DurationUnit) arguments.get( 0 ) ).getUnit(),
					expressions.translate( arguments.get( 1 ) ),
					expressions.translate( arguments.get( 2 ) ) );
			case "trunc" -> truncate( expressions.translate( arguments.get( 0 ) ), ( (ExtractUnit) arguments.get( 1 ) ).getUnit() );
			case "format" -> nullSafe( expressions.translate( arguments.get( 0 ) ),
					x -> format( x, DateFormat.toMongo( ( (Format) arguments.get( 1 ) ).getFormat(), context ) ) );
			default -> throw new AssertionError( "Not a date/time function: " + name );
		};
	}

	/** The client's current date/time of the function's type, bound when the statement executes. */
	private Expression now(SelfRenderingFunctionSqlAstExpression<?> function) {
		JdbcMapping mapping = function.getExpressionType().getSingleJdbcMapping();
		JdbcParameterBinder binder = (statement, position, bindings, executionContext) -> {
			var session = executionContext.getSession();
			Object value = mapping.getJavaTypeDescriptor().wrap( Timestamp.from( Instant.now() ), session );
			@SuppressWarnings("unchecked")
			ValueBinder<Object> valueBinder = (ValueBinder<Object>) mapping.getJdbcValueBinder();
			valueBinder.bind( statement, value, position, session );
		};
		return new Expression.Constant( context.parameter( binder ) );
	}

	private Expression extract(SelfRenderingFunctionSqlAstExpression<?> function, TemporalUnit unit, Expression date) {
		return switch ( unit ) {
			case YEAR -> op( "$year", date );
			case MONTH -> op( "$month", date );
			case DAY, DAY_OF_MONTH -> op( "$dayOfMonth", date );
			case DAY_OF_YEAR -> op( "$dayOfYear", date );
			case DAY_OF_WEEK -> dayOfWeek( date );
			case HOUR -> op( "$hour", date );
			case MINUTE -> op( "$minute", date );
			case SECOND -> ExpressionTranslator.isIntegral( function.getExpressionType() ) ? op( "$second", date )
					: op( "$add", op( "$second", date ), op( "$divide", floorMod( millis( date ), Mql.number( SECOND ) ), number( 1000 ) ) );
			case QUARTER -> op( "$trunc", op( "$divide", op( "$add", op( "$month", date ), number( 2 ) ), number( 3 ) ) );
			case WEEK -> nullSafe( date, TemporalFunctions::isoWeek );
			case EPOCH -> op( "$toLong", NumericFunctions.roundHalfAwayFromZero( op( "$divide", millis( date ), number( 1000 ) ) ) );
			default -> throw context.refuse( "extract(" + unit + " from …)" );
		};
	}

	/**
	 * Sunday = 1 … Saturday = 7, from the days since 1970-01-01 (a Thursday): the embedded server's
	 * {@code $dayOfWeek} counts from Monday, real MongoDB's from Sunday.
	 */
	private static Expression dayOfWeek(Expression date) {
		Expression days = op( "$floor", op( "$divide", millis( date ), Mql.number( DAY ) ) );
		return op( "$toInt", op( "$add", floorMod( op( "$add", days, number( 4 ) ), number( 7 ) ), number( 1 ) ) );
	}

	/**
	 * The ISO week: the day of year of the Thursday in the same Monday-to-Sunday week, plus 6, divided by 7
	 * ({@code $isoWeek} is missing on the embedded server).
	 */
	private static Expression isoWeek(Expression date) {
		// Monday = 0 … Sunday = 6
		Expression isoDay = op( "$mod", op( "$add", dayOfWeek( date ), number( 5 ) ), number( 7 ) );
		Expression thursday = op( "$add", date, op( "$multiply", op( "$subtract", number( 3 ), isoDay ), Mql.number( DAY ) ) );
		return op( "$trunc", op( "$divide", op( "$add", op( "$dayOfYear", thursday ), number( 6 ) ), number( 7 ) ) );
	}

	private Expression add(TemporalUnit unit, Expression amount, Expression date) {
		return switch ( unit ) {
			case NANOSECOND -> op( "$add", date, op( "$divide", amount, number( 1_000_000 ) ) );
			case SECOND, MINUTE, HOUR, DAY, WEEK -> op( "$add", date, op( "$multiply", amount, Mql.number( length( unit ) ) ) );
			case MONTH, YEAR -> dateAdd( date, unit.name().toLowerCase( java.util.Locale.ROOT ), amount );
			case QUARTER -> dateAdd( date, "month", op( "$multiply", amount, number( 3 ) ) );
			default -> throw context.refuse( "Adding a duration in " + unit );
		};
	}

	/** <code>{$dateAdd: {startDate, unit, amount}}</code> (MongoDB 5.0; not on the embedded server). */
	private static Expression dateAdd(Expression date, String unit, Expression amount) {
		Map<String, Expression> arguments = new LinkedHashMap<>();
		arguments.put( "startDate", date );
		arguments.put( "unit", new Expression.Option( new org.bson.BsonString( unit ) ) );
		arguments.put( "amount", amount );
		return new Expression.NamedOperator( "$dateAdd", arguments );
	}

	/**
	 * A {@code Duration} value, such as the difference {@code x - y} of two date/times: its magnitude in
	 * nanoseconds, the int64 a {@code Duration} attribute is stored as and read from (whatever its JDBC type).
	 */
	Expression duration(org.hibernate.sql.ast.tree.expression.Duration duration) {
		long nanos = switch ( duration.getUnit() ) {
			// the dialect's native unit is Hibernate's default, the nanosecond
			case NANOSECOND, NATIVE -> 1;
			case SECOND, MINUTE, HOUR, DAY, WEEK -> length( duration.getUnit() ) * 1_000_000L;
			default -> throw context.refuse( "A Duration in " + duration.getUnit() + " (no fixed length)" );
		};
		Expression magnitude = expressions.translate( duration.getMagnitude() );
		return nanos == 1 ? magnitude : op( "$multiply", magnitude, Mql.number( nanos ) );
	}

	private Expression difference(TemporalUnit unit, Expression from, Expression to) {
		return switch ( unit ) {
			case NANOSECOND, NATIVE -> op( "$multiply", op( "$subtract", millis( to ), millis( from ) ), Mql.number( 1_000_000L ) );
			case SECOND, MINUTE, HOUR, DAY -> op( "$subtract", units( to, length( unit ) ), units( from, length( unit ) ) );
			case MONTH -> op( "$subtract", months( to ), months( from ) );
			case QUARTER -> op( "$subtract", quarters( to ), quarters( from ) );
			case YEAR -> op( "$subtract", op( "$year", to ), op( "$year", from ) );
			default -> throw context.refuse( "A difference of dates in " + unit );
		};
	}

	private static long length(TemporalUnit unit) {
		return switch ( unit ) {
			case SECOND -> SECOND;
			case MINUTE -> MINUTE;
			case HOUR -> HOUR;
			case DAY -> DAY;
			case WEEK -> 7 * DAY;
			default -> throw new AssertionError( unit + " has no fixed length" );
		};
	}

	/** How many whole units lie between 1970 and {@code date}, rounded down: <code>floor(millis / unit)</code>. */
	private static Expression units(Expression date, long unit) {
		return op( "$toLong", op( "$floor", op( "$divide", millis( date ), Mql.number( unit ) ) ) );
	}

	private static Expression months(Expression date) {
		return op( "$add", op( "$multiply", op( "$year", date ), number( 12 ) ), op( "$month", date ) );
	}

	private static Expression quarters(Expression date) {
		return op( "$add", op( "$multiply", op( "$year", date ), number( 4 ) ),
				op( "$trunc", op( "$divide", op( "$subtract", op( "$month", date ), number( 1 ) ), number( 3 ) ) ) );
	}

	private Expression truncate(Expression date, TemporalUnit unit) {
		return switch ( unit ) {
			case SECOND, MINUTE, HOUR, DAY -> nullSafe( date, x -> op( "$subtract", x, floorMod( millis( x ), Mql.number( length( unit ) ) ) ) );
			case MONTH -> nullSafe( date, x -> op( "$toDate", format( x, "%Y-%m-01T00:00:00.000Z" ) ) );
			case YEAR -> nullSafe( date, x -> op( "$toDate", format( x, "%Y-01-01T00:00:00.000Z" ) ) );
			default -> throw context.refuse( "truncate(…, " + unit + ")" );
		};
	}

	/** The date at midnight (UTC, which is the stored wall time). */
	static Expression startOfDay(Expression date) {
		return op( "$subtract", date, floorMod( millis( date ), Mql.number( DAY ) ) );
	}

	/** <code>{$dateToString: {format, date}}</code>. */
	static Expression format(Expression date, String format) {
		Map<String, Expression> arguments = new LinkedHashMap<>();
		arguments.put( "format", new Expression.Option( new org.bson.BsonString( format ) ) );
		arguments.put( "date", date );
		return new Expression.NamedOperator( "$dateToString", arguments );
	}

	/** {@code ""}, or the fraction of a second without trailing zeros and with its dot: {@code .5}, {@code .25}, {@code .125}. */
	static Expression fractionOfSecond(Expression date) {
		Expression ms = floorMod( millis( date ), Mql.number( SECOND ) );
		Expression digits = format( date, "%L" );
		return cond( op( "$eq", ms, number( 0 ) ), string( "" ), op( "$concat", string( "." ),
				cond( op( "$eq", op( "$mod", ms, number( 100 ) ), number( 0 ) ), op( "$substrCP", digits, number( 0 ), number( 1 ) ),
						cond( op( "$eq", op( "$mod", ms, number( 10 ) ), number( 0 ) ), op( "$substrCP", digits, number( 0 ), number( 2 ) ),
								digits ) ) ) );
	}
}
