package io.hibermongo.dialect.internal.translate;

import java.sql.Types;
import java.util.List;

import io.hibermongo.dialect.internal.mql.Expression;
import org.hibernate.metamodel.mapping.JdbcMappingContainer;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.CastTarget;
import org.hibernate.type.descriptor.jdbc.JdbcType;

import static io.hibermongo.dialect.internal.translate.Mql.cond;
import static io.hibermongo.dialect.internal.translate.Mql.nullSafe;
import static io.hibermongo.dialect.internal.translate.Mql.number;
import static io.hibermongo.dialect.internal.translate.Mql.op;
import static io.hibermongo.dialect.internal.translate.Mql.string;

/**
 * {@code cast(x as T)} (and {@code str(x)}, which Hibernate turns into a cast to String), NULL for NULL,
 * with the results H2 gives:
 * <ul>
 * <li>to String: a boolean is {@code TRUE}/{@code FALSE}; a date {@code yyyy-MM-dd}; a timestamp
 *     {@code yyyy-MM-dd HH:mm:ss} with the fraction of a second when it is not zero ({@code .5},
 *     {@code .25}, {@code .125}); a time {@code HH:mm:ss}; a number {@code $toString}.</li>
 * <li>to an integral type: a fractional number is rounded as H2 converts it, where {@code $toInt} would
 *     truncate: a double half up ({@code -2.5} → {@code -2}), a decimal half away from zero; a boolean is 1
 *     or 0.</li>
 * <li>to Boolean: a number is true when not 0; a string is refused (SQL accepts several spellings and
 *     fails on others, which no aggregation operator does).</li>
 * <li>to a date: a timestamp loses its time of day; a string {@code yyyy-MM-dd} is read as that day. To
 *     a timestamp: a date is its midnight, a string {@code yyyy-MM-dd HH:mm:ss[.fff]} that wall time. To a
 *     time: a timestamp keeps its time of day, with its milliseconds (H2's default TIME rounds to whole
 *     seconds).</li>
 * <li>to BigDecimal: {@code $toDecimal} (not on the embedded server).</li>
 * </ul>
 */
final class CastFunctions {

	private final ExpressionTranslator expressions;
	private final TranslationContext context;

	CastFunctions(ExpressionTranslator expressions, TranslationContext context) {
		this.expressions = expressions;
		this.context = context;
	}

	Expression translate(String name, List<? extends SqlAstNode> arguments) {
		return switch ( name ) {
			case "coalesce" -> coalesce( arguments );
			case "nullif" -> nullif( arguments );
			case "cast" -> cast( arguments );
			default -> throw new AssertionError( "Not a conversion function: " + name );
		};
	}

	/** {@code coalesce(a, b, c)} as nested two-argument {@code $ifNull}, which every server accepts. */
	private Expression coalesce(List<? extends SqlAstNode> arguments) {
		Expression result = expressions.translate( arguments.get( arguments.size() - 1 ) );
		for ( int i = arguments.size() - 2; i >= 0; i-- ) {
			result = op( "$ifNull", expressions.translate( arguments.get( i ) ), result );
		}
		return result;
	}

	private Expression nullif(List<? extends SqlAstNode> arguments) {
		Expression value = expressions.translate( arguments.get( 0 ) );
		return cond( op( "$eq", value, expressions.translate( arguments.get( 1 ) ) ), Mql.nullValue(), value );
	}

	private Expression cast(List<? extends SqlAstNode> arguments) {
		Expression value = expressions.translate( arguments.get( 0 ) );
		JdbcType source = jdbcType( arguments.get( 0 ) );
		CastTarget castTarget = (CastTarget) arguments.get( 1 );
		JdbcType target = castTarget.getJdbcMapping().getJdbcType();
		Expression converted = convert( value, source, target, castTarget.getJdbcMapping() );
		if ( converted == null ) {
			throw context.refuse( "cast(… as " + target.getFriendlyName() + ")"
					+ ( source == null ? "" : " of a " + source.getFriendlyName() + " value" ) );
		}
		return converted;
	}

	static JdbcType jdbcType(SqlAstNode node) {
		if ( node instanceof org.hibernate.sql.ast.tree.expression.Expression expression ) {
			JdbcMappingContainer type = expression.getExpressionType();
			if ( type != null && type.getJdbcTypeCount() == 1 ) {
				return type.getSingleJdbcMapping().getJdbcType();
			}
		}
		return null;
	}

	private static Expression convert(Expression value, JdbcType source, JdbcType target, JdbcMappingContainer targetType) {
		int from = source == null ? Types.OTHER : source.getDefaultSqlTypeCode();
		boolean fromBoolean = from == Types.BOOLEAN || from == Types.BIT;
		boolean fromNumber = source != null && source.isNumber();
		if ( target.isString() ) {
			return toText( value, source );
		}
		if ( target.isInteger() ) {
			if ( fromBoolean ) {
				return nullSafe( value, x -> cond( x, number( 1 ), number( 0 ) ) );
			}
			if ( source != null && source.isFloat() ) {
				return nullSafe( value, x -> toIntegral( targetType, NumericFunctions.roundHalfUp( x ) ) );
			}
			if ( source != null && source.isDecimal() ) {
				return nullSafe( value, x -> toIntegral( targetType, NumericFunctions.roundHalfAwayFromZero( x ) ) );
			}
			return fromNumber || source != null && source.isString() ? nullSafe( value, x -> toIntegral( targetType, x ) ) : null;
		}
		if ( target.isFloat() ) {
			if ( fromBoolean ) {
				return nullSafe( value, x -> cond( x, Mql.number( 1.0 ), Mql.number( 0.0 ) ) );
			}
			return fromNumber || source != null && source.isString() ? nullSafe( value, x -> op( "$toDouble", x ) ) : null;
		}
		if ( target.isDecimal() ) {
			return fromNumber || source != null && source.isString() ? nullSafe( value, x -> op( "$toDecimal", x ) ) : null;
		}
		int to = target.getDefaultSqlTypeCode();
		if ( to == Types.BOOLEAN || to == Types.BIT ) {
			if ( fromBoolean ) {
				return value;
			}
			return fromNumber ? nullSafe( value, x -> op( "$ne", x, number( 0 ) ) ) : null;
		}
		return switch ( to ) {
			case Types.DATE -> switch ( from ) {
				case Types.DATE -> value;
				case Types.TIMESTAMP -> nullSafe( value, TemporalFunctions::startOfDay );
				case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.LONGVARCHAR ->
						nullSafe( value, x -> op( "$toDate", op( "$concat", x, string( "T00:00:00Z" ) ) ) );
				default -> null;
			};
			case Types.TIMESTAMP -> switch ( from ) {
				case Types.DATE, Types.TIMESTAMP -> value;
				// yyyy-MM-dd HH:mm:ss[.fff] read as UTC wall time
				case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.LONGVARCHAR -> nullSafe( value, x -> op( "$toDate",
						op( "$concat", op( "$substrCP", x, number( 0 ), number( 10 ) ), string( "T" ),
								op( "$substrCP", x, number( 11 ), op( "$strLenCP", x ) ), string( "Z" ) ) ) );
				default -> null;
			};
			case Types.TIME -> switch ( from ) {
				case Types.TIME -> value;
				case Types.TIMESTAMP -> nullSafe( value, x -> op( "$subtract", x, op( "$subtract", Mql.millis( x ),
						Mql.floorMod( Mql.millis( x ), Mql.number( Mql.DAY ) ) ) ) );
				default -> null;
			};
			default -> null;
		};
	}

	/** {@code value} of type {@code source} as H2 writes it as a string, or null when that is not supported. */
	static Expression toText(Expression value, JdbcType source) {
		int from = source == null ? Types.OTHER : source.getDefaultSqlTypeCode();
		if ( source != null && source.isString() ) {
			return value;
		}
		if ( from == Types.BOOLEAN || from == Types.BIT ) {
			return nullSafe( value, x -> cond( x, string( "TRUE" ), string( "FALSE" ) ) );
		}
		if ( source != null && source.isNumber() ) {
			return nullSafe( value, x -> op( "$toString", x ) );
		}
		return switch ( from ) {
			case Types.DATE -> nullSafe( value, x -> TemporalFunctions.format( x, "%Y-%m-%d" ) );
			case Types.TIMESTAMP -> nullSafe( value, x -> op( "$concat", TemporalFunctions.format( x, "%Y-%m-%d %H:%M:%S" ),
					TemporalFunctions.fractionOfSecond( x ) ) );
			case Types.TIME -> nullSafe( value, x -> TemporalFunctions.format( x, "%H:%M:%S" ) );
			default -> null;
		};
	}

	/** {@code $toLong} for a BIGINT result, else {@code $toInt}. */
	static Expression toIntegral(JdbcMappingContainer type, Expression value) {
		boolean isLong = type != null && type.getJdbcTypeCount() == 1
				&& type.getSingleJdbcMapping().getJdbcType().getDdlTypeCode() == Types.BIGINT;
		return op( isLong ? "$toLong" : "$toInt", value );
	}
}
