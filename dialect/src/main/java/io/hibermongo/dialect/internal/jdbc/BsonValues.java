package io.hibermongo.dialect.internal.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.UUID;

import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The conversions between the Java values that JDBC carries and the BSON values that MongoDB stores: what
 * {@code PreparedStatement.setXxx} / {@code setObject} turn a parameter into, and what
 * {@code ResultSet.getXxx} / {@code getObject(i, Class)} make of a field of a result document.
 * <p>
 * Every conversion round-trips: {@code toObject(toBson(x), x.getClass())} equals {@code x} for values of
 * millisecond precision ({@link OffsetDateTime} and {@link ZonedDateTime} come back in UTC, so they are
 * {@code isEqual}, not {@code equals}). None depends on the JVM's default time zone, except where a
 * {@code java.sql} or {@code java.util} type is itself defined in that zone (then its local date and time
 * are stored, as JDBC drivers do).
 * <p>
 * <b>Precision:</b> a BSON date counts milliseconds since the epoch, so the sub-millisecond part of a
 * temporal value is dropped on write (the value is rounded down to its millisecond).
 * <p>
 * <b>NULL:</b> every reader takes both a Java {@code null} (the field is missing from the document) and
 * {@link BsonNull} as SQL NULL: the object readers answer {@code null}, the primitive readers {@code 0} or
 * {@code false}, as {@code ResultSet} does.
 * <p>
 * <b>Failures:</b> a value that cannot be converted without loss is refused with {@link SQLDataException}
 * (SQLSTATE 22003 when out of range, 22018 when of an unsuitable BSON type); a Java class with no BSON
 * mapping with {@link SQLFeatureNotSupportedException}. Nothing is rounded silently except the
 * sub-millisecond truncation above and the fraction dropped when a number is read as an integer.
 */
public final class BsonValues {

	private static final String OUT_OF_RANGE = "22003";
	private static final String INVALID_CAST = "22018";

	/** The readers of {@link #toObject(BsonValue, Class)}, one per supported Java class. */
	private static final Map<Class<?>, Reader> READERS = Map.ofEntries(
			Map.entry( Object.class, BsonValues::toObject ),
			Map.entry( String.class, BsonValues::toStringValue ),
			Map.entry( Character.class, BsonValues::toCharacter ),
			Map.entry( Boolean.class, BsonValues::toBoolean ),
			Map.entry( Byte.class, BsonValues::toByte ),
			Map.entry( Short.class, BsonValues::toShort ),
			Map.entry( Integer.class, BsonValues::toInt ),
			Map.entry( Long.class, BsonValues::toLong ),
			Map.entry( Float.class, BsonValues::toFloat ),
			Map.entry( Double.class, BsonValues::toDouble ),
			Map.entry( BigDecimal.class, BsonValues::toBigDecimal ),
			Map.entry( BigInteger.class, v -> toBigDecimal( v ).toBigInteger() ),
			Map.entry( byte[].class, BsonValues::toBytes ),
			Map.entry( UUID.class, BsonValues::toUuid ),
			Map.entry( ObjectId.class, BsonValues::toObjectId ),
			Map.entry( Duration.class, v -> Duration.ofNanos( toLong( v ) ) ),
			Map.entry( Instant.class, BsonValues::toInstant ),
			Map.entry( LocalDate.class, v -> LocalDate.ofInstant( toInstant( v ), ZoneOffset.UTC ) ),
			Map.entry( LocalTime.class, v -> LocalTime.ofInstant( toInstant( v ), ZoneOffset.UTC ) ),
			Map.entry( LocalDateTime.class, v -> LocalDateTime.ofInstant( toInstant( v ), ZoneOffset.UTC ) ),
			Map.entry( OffsetDateTime.class, v -> toInstant( v ).atOffset( ZoneOffset.UTC ) ),
			Map.entry( ZonedDateTime.class, v -> toInstant( v ).atZone( ZoneOffset.UTC ) ),
			Map.entry( java.sql.Date.class, BsonValues::toSqlDate ),
			Map.entry( Time.class, BsonValues::toSqlTime ),
			Map.entry( Timestamp.class, BsonValues::toSqlTimestamp ),
			Map.entry( Date.class, v -> new Date( toInstant( v ).toEpochMilli() ) ),
			Map.entry( Calendar.class, BsonValues::toCalendar ),
			Map.entry( GregorianCalendar.class, BsonValues::toCalendar )
	);

	private BsonValues() {
	}

	/**
	 * The BSON value that stores a JDBC parameter value.
	 * <ul>
	 * <li>{@code null} → BSON null; a {@link BsonValue} → itself.</li>
	 * <li>{@link String}, {@link Character} → string.</li>
	 * <li>{@link Integer}, {@link Short}, {@link Byte} → int32; {@link Long} → int64;
	 * {@link Float}, {@link Double} → double.</li>
	 * <li>{@link BigDecimal}, {@link BigInteger} → decimal128, refused if the value does not fit it exactly
	 * (34 significant digits, exponent -6176 to 6111) rather than rounded.</li>
	 * <li>{@link Boolean} → boolean; {@code byte[]} → binary subtype 0; {@link UUID} → binary subtype 4 (the
	 * standard representation, which every driver reads alike); {@link ObjectId} → objectId.</li>
	 * <li>{@link LocalDate} → date at midnight UTC; {@link LocalTime} → date on 1970-01-01 UTC;
	 * {@link LocalDateTime} → date, reading the local date-time as UTC. These keep the value the user wrote,
	 * whatever the JVM's time zone.</li>
	 * <li>{@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Timestamp}, {@link Date},
	 * {@link Calendar} → date of the same instant (the offset or zone itself is not stored).</li>
	 * <li>{@link java.sql.Date} → its {@code toLocalDate()} at midnight UTC; {@link Time} → its local time,
	 * milliseconds included, on 1970-01-01 UTC: they mean a calendar date and a wall-clock time.</li>
	 * <li>{@link Duration} → int64 of its nanoseconds (±292 years), which keeps full precision and compares
	 * and sums correctly on the server.</li>
	 * <li>{@code Object[]} (an array parameter) → array of its elements' BSON values.</li>
	 * </ul>
	 * Sub-millisecond parts of temporal values are dropped (a BSON date counts milliseconds).
	 *
	 * @throws SQLDataException if the value is out of the range of its BSON type
	 * @throws SQLFeatureNotSupportedException if the value's class has no BSON mapping
	 */
	public static BsonValue toBson(Object value) throws SQLException {
		if ( value == null ) {
			return BsonNull.VALUE;
		}
		if ( value instanceof BsonValue bson ) {
			return bson;
		}
		if ( value instanceof String string ) {
			return new BsonString( string );
		}
		if ( value instanceof Character character ) {
			return new BsonString( character.toString() );
		}
		if ( value instanceof Integer || value instanceof Short || value instanceof Byte ) {
			return new BsonInt32( ( (Number) value ).intValue() );
		}
		if ( value instanceof Long number ) {
			return new BsonInt64( number );
		}
		if ( value instanceof Float || value instanceof Double ) {
			return new BsonDouble( ( (Number) value ).doubleValue() );
		}
		if ( value instanceof BigDecimal decimal ) {
			return toDecimal128( decimal );
		}
		if ( value instanceof BigInteger integer ) {
			return toDecimal128( new BigDecimal( integer ) );
		}
		if ( value instanceof Boolean bool ) {
			return BsonBoolean.valueOf( bool );
		}
		if ( value instanceof byte[] bytes ) {
			return new BsonBinary( bytes );
		}
		if ( value instanceof UUID uuid ) {
			return new BsonBinary( uuid, UuidRepresentation.STANDARD );
		}
		if ( value instanceof ObjectId objectId ) {
			return new BsonObjectId( objectId );
		}
		if ( value instanceof Object[] elements ) {
			return toArray( elements );
		}
		if ( value instanceof Duration duration ) {
			try {
				return new BsonInt64( duration.toNanos() );
			}
			catch (ArithmeticException e) {
				throw new SQLDataException( "The duration " + duration
						+ " does not fit in 64 bits of nanoseconds (about 292 years)", OUT_OF_RANGE, e );
			}
		}
		return toDateTime( value );
	}

	private static BsonArray toArray(Object[] elements) throws SQLException {
		BsonArray array = new BsonArray( elements.length );
		for ( Object element : elements ) {
			array.add( toBson( element ) );
		}
		return array;
	}

	/**
	 * The temporal rows of {@link #toBson}. The {@code java.sql} subclasses come before {@link Date}, which
	 * they extend but whose meaning (an instant) they do not share.
	 */
	private static BsonValue toDateTime(Object value) throws SQLException {
		if ( value instanceof LocalDate date ) {
			return toDateTime( date.atStartOfDay( ZoneOffset.UTC ).toInstant(), value );
		}
		if ( value instanceof LocalTime time ) {
			return new BsonDateTime( time.toNanoOfDay() / 1_000_000 );
		}
		if ( value instanceof LocalDateTime dateTime ) {
			return toDateTime( dateTime.toInstant( ZoneOffset.UTC ), value );
		}
		if ( value instanceof Instant instant ) {
			return toDateTime( instant, value );
		}
		if ( value instanceof OffsetDateTime dateTime ) {
			return toDateTime( dateTime.toInstant(), value );
		}
		if ( value instanceof ZonedDateTime dateTime ) {
			return toDateTime( dateTime.toInstant(), value );
		}
		if ( value instanceof java.sql.Date date ) {
			return toDateTime( date.toLocalDate() );
		}
		if ( value instanceof Time time ) {
			// Time.toLocalTime() drops the milliseconds that a java.sql.Time does hold
			final LocalTime wallClock = time.toLocalTime()
					.plusNanos( Math.floorMod( time.getTime(), 1000L ) * 1_000_000L );
			return toDateTime( wallClock );
		}
		if ( value instanceof Date date ) {
			// Timestamp.getTime() includes its nanos, rounded down to the millisecond
			return new BsonDateTime( date.getTime() );
		}
		if ( value instanceof Calendar calendar ) {
			return new BsonDateTime( calendar.getTimeInMillis() );
		}
		throw new SQLFeatureNotSupportedException( "A parameter of Java type " + value.getClass().getName()
				+ " is not supported: it has no BSON mapping" );
	}

	private static BsonDateTime toDateTime(Instant instant, Object original) throws SQLDataException {
		try {
			return new BsonDateTime( instant.toEpochMilli() );
		}
		catch (ArithmeticException e) {
			throw new SQLDataException( "The value " + original
					+ " is out of the range of a BSON date (64 bits of milliseconds)", OUT_OF_RANGE, e );
		}
	}

	private static BsonDecimal128 toDecimal128(BigDecimal value) throws SQLDataException {
		try {
			return new BsonDecimal128( new Decimal128( value ) );
		}
		catch (NumberFormatException e) {
			throw new SQLDataException( "The number " + value + " does not fit a BSON decimal128 exactly "
					+ "(34 significant digits, exponent -6176 to 6111)", OUT_OF_RANGE, e );
		}
	}

	/**
	 * A value as text: a string as is, an objectId as its 24 hexadecimal digits, a number or boolean as
	 * Java writes it, a decimal128 as its decimal string, a date as an ISO-8601 instant, a UUID (binary
	 * subtype 4) in its canonical form; {@code null} for NULL.
	 *
	 * @throws SQLDataException for any other BSON type (documents, arrays, other binaries…)
	 */
	public static String toStringValue(BsonValue v) throws SQLException {
		if ( isNull( v ) ) {
			return null;
		}
		return switch ( v.getBsonType() ) {
			case STRING -> v.asString().getValue();
			case OBJECT_ID -> v.asObjectId().getValue().toHexString();
			case INT32 -> Integer.toString( v.asInt32().getValue() );
			case INT64 -> Long.toString( v.asInt64().getValue() );
			case DOUBLE -> Double.toString( v.asDouble().getValue() );
			case DECIMAL128 -> v.asDecimal128().getValue().toString();
			case BOOLEAN -> Boolean.toString( v.asBoolean().getValue() );
			case DATE_TIME -> toInstant( v ).toString();
			case BINARY -> {
				if ( !isUuid( v.asBinary() ) ) {
					throw mismatch( v, String.class );
				}
				yield toUuid( v ).toString();
			}
			default -> throw mismatch( v, String.class );
		};
	}

	/**
	 * A boolean, or a number as JDBC's {@code getBoolean} reads one: zero is {@code false}, anything else
	 * {@code true}; {@code false} for NULL.
	 */
	public static boolean toBoolean(BsonValue v) throws SQLException {
		if ( isNull( v ) ) {
			return false;
		}
		return switch ( v.getBsonType() ) {
			case BOOLEAN -> v.asBoolean().getValue();
			case INT32, INT64 -> v.asNumber().longValue() != 0;
			case DOUBLE -> v.asDouble().getValue() != 0;
			case DECIMAL128 -> toBigDecimal( v ).signum() != 0;
			default -> throw mismatch( v, boolean.class );
		};
	}

	/** Any BSON number as a {@code byte}, by the rules of {@link #toLong}; 0 for NULL. */
	public static byte toByte(BsonValue v) throws SQLException {
		return (byte) toIntegral( v, Byte.MIN_VALUE, Byte.MAX_VALUE, byte.class );
	}

	/** Any BSON number as a {@code short}, by the rules of {@link #toLong}; 0 for NULL. */
	public static short toShort(BsonValue v) throws SQLException {
		return (short) toIntegral( v, Short.MIN_VALUE, Short.MAX_VALUE, short.class );
	}

	/** Any BSON number as an {@code int}, by the rules of {@link #toLong}; 0 for NULL. */
	public static int toInt(BsonValue v) throws SQLException {
		return (int) toIntegral( v, Integer.MIN_VALUE, Integer.MAX_VALUE, int.class );
	}

	/**
	 * Any BSON number (int32, int64, double, decimal128) as a {@code long}; 0 for NULL. A fraction is
	 * dropped (truncated toward zero, as a Java cast does), but a value whose integral part is out of range
	 * is refused rather than clamped or wrapped around.
	 *
	 * @throws SQLDataException for a value out of range, a NaN or infinity, or a value that is not a number
	 */
	public static long toLong(BsonValue v) throws SQLException {
		return toIntegral( v, Long.MIN_VALUE, Long.MAX_VALUE, long.class );
	}

	private static long toIntegral(BsonValue v, long min, long max, Class<?> type) throws SQLException {
		if ( isNull( v ) ) {
			return 0;
		}
		return switch ( v.getBsonType() ) {
			case INT32 -> inRange( v.asInt32().getValue(), min, max, v, type );
			case INT64 -> inRange( v.asInt64().getValue(), min, max, v, type );
			case DOUBLE -> {
				final double truncated = truncate( v.asDouble().getValue() );
				// -(double) min is max + 1 exactly, where (double) max may round up to it for long
				if ( !( truncated >= min && truncated < -(double) min ) ) {
					throw outOfRange( v, type );
				}
				yield (long) truncated;
			}
			case DECIMAL128 -> {
				final BigDecimal truncated = toBigDecimal( v ).setScale( 0, RoundingMode.DOWN );
				if ( truncated.compareTo( BigDecimal.valueOf( min ) ) < 0
						|| truncated.compareTo( BigDecimal.valueOf( max ) ) > 0 ) {
					throw outOfRange( v, type );
				}
				yield truncated.longValue();
			}
			default -> throw mismatch( v, type );
		};
	}

	private static double truncate(double value) {
		return value < 0 ? Math.ceil( value ) : Math.floor( value );
	}

	private static long inRange(long value, long min, long max, BsonValue v, Class<?> type) throws SQLDataException {
		if ( value < min || value > max ) {
			throw outOfRange( v, type );
		}
		return value;
	}

	/**
	 * Any BSON number as a {@code float}, rounded to the nearest {@code float}; 0 for NULL.
	 *
	 * @throws SQLDataException for a finite value beyond the range of {@code float}, or a non-number
	 */
	public static float toFloat(BsonValue v) throws SQLException {
		final double value = toDouble( v, float.class );
		final float narrowed = (float) value;
		if ( Float.isInfinite( narrowed ) && !Double.isInfinite( value ) ) {
			throw outOfRange( v, float.class );
		}
		return narrowed;
	}

	/**
	 * Any BSON number as a {@code double}, rounded to the nearest {@code double}; 0 for NULL.
	 *
	 * @throws SQLDataException for a finite decimal128 beyond the range of {@code double}, or a non-number
	 */
	public static double toDouble(BsonValue v) throws SQLException {
		return toDouble( v, double.class );
	}

	private static double toDouble(BsonValue v, Class<?> type) throws SQLException {
		if ( isNull( v ) ) {
			return 0;
		}
		return switch ( v.getBsonType() ) {
			case INT32 -> v.asInt32().getValue();
			case INT64 -> v.asInt64().getValue();
			case DOUBLE -> v.asDouble().getValue();
			case DECIMAL128 -> {
				final Decimal128 decimal = v.asDecimal128().getValue();
				final double value = decimal.doubleValue();
				if ( Double.isInfinite( value ) && decimal.isFinite() ) {
					throw outOfRange( v, type );
				}
				yield value;
			}
			default -> throw mismatch( v, type );
		};
	}

	/**
	 * Any BSON number as a {@link BigDecimal}, exactly (a double by its shortest decimal representation,
	 * as {@link BigDecimal#valueOf(double)} writes it); {@code null} for NULL.
	 *
	 * @throws SQLDataException for a NaN or infinity, or a value that is not a number
	 */
	public static BigDecimal toBigDecimal(BsonValue v) throws SQLException {
		if ( isNull( v ) ) {
			return null;
		}
		return switch ( v.getBsonType() ) {
			case INT32 -> BigDecimal.valueOf( v.asInt32().getValue() );
			case INT64 -> BigDecimal.valueOf( v.asInt64().getValue() );
			case DOUBLE -> {
				final double value = v.asDouble().getValue();
				if ( Double.isNaN( value ) || Double.isInfinite( value ) ) {
					throw outOfRange( v, BigDecimal.class );
				}
				yield BigDecimal.valueOf( value );
			}
			case DECIMAL128 -> {
				final Decimal128 decimal = v.asDecimal128().getValue();
				if ( !decimal.isFinite() ) {
					throw outOfRange( v, BigDecimal.class );
				}
				// Decimal128 refuses to convert a negative zero, which BigDecimal cannot hold: convert the
				// magnitude and restore the sign, so that -0 reads as 0 with its scale
				final BigDecimal magnitude = Decimal128
						.fromIEEE754BIDEncoding( decimal.getHigh() & Long.MAX_VALUE, decimal.getLow() )
						.bigDecimalValue();
				yield decimal.isNegative() ? magnitude.negate() : magnitude;
			}
			default -> throw mismatch( v, BigDecimal.class );
		};
	}

	/** The bytes of a binary of any subtype; {@code null} for NULL. */
	public static byte[] toBytes(BsonValue v) throws SQLException {
		return isNull( v ) ? null : checked( v, BsonType.BINARY, byte[].class ).asBinary().getData();
	}

	/**
	 * A date as the {@link java.sql.Date} of its calendar date in UTC (inverse of the write of a
	 * {@link LocalDate} or {@link java.sql.Date}); {@code null} for NULL.
	 */
	public static java.sql.Date toSqlDate(BsonValue v) throws SQLException {
		return isNull( v ) ? null : java.sql.Date.valueOf( LocalDate.ofInstant( toInstant( v ), ZoneOffset.UTC ) );
	}

	/**
	 * A date as the {@link Time} of its time of day in UTC, milliseconds included (inverse of the write of a
	 * {@link LocalTime} or {@link Time}); {@code null} for NULL.
	 */
	public static Time toSqlTime(BsonValue v) throws SQLException {
		if ( isNull( v ) ) {
			return null;
		}
		final LocalTime wallClock = LocalTime.ofInstant( toInstant( v ), ZoneOffset.UTC );
		// Time.valueOf(LocalTime) drops the milliseconds
		return new Time( Time.valueOf( wallClock ).getTime() + wallClock.getNano() / 1_000_000 );
	}

	/**
	 * A date as the {@link Timestamp} of the same instant (inverse of the write of an instant, a
	 * {@link Timestamp} or a {@link Date}); {@code null} for NULL.
	 */
	public static Timestamp toSqlTimestamp(BsonValue v) throws SQLException {
		return isNull( v ) ? null : new Timestamp( toInstant( v ).toEpochMilli() );
	}

	/**
	 * The natural Java object of a value: {@link String}, {@link Integer}, {@link Long}, {@link Double},
	 * {@link BigDecimal}, {@link Boolean}, {@link UUID} for binary subtype 4 and {@code byte[]} for other
	 * binaries, {@link ObjectId}, {@link Timestamp} for a date; {@code null} for NULL. Any other BSON value
	 * (document, array, regular expression…) is returned as is, which {@link #toBson} accepts back.
	 */
	public static Object toObject(BsonValue v) throws SQLException {
		if ( isNull( v ) ) {
			return null;
		}
		return switch ( v.getBsonType() ) {
			case STRING -> v.asString().getValue();
			case INT32 -> v.asInt32().getValue();
			case INT64 -> v.asInt64().getValue();
			case DOUBLE -> v.asDouble().getValue();
			case DECIMAL128 -> toBigDecimal( v );
			case BOOLEAN -> v.asBoolean().getValue();
			case BINARY -> isUuid( v.asBinary() ) ? toUuid( v ) : v.asBinary().getData();
			case OBJECT_ID -> v.asObjectId().getValue();
			case DATE_TIME -> toSqlTimestamp( v );
			default -> v;
		};
	}

	/**
	 * A value as an instance of {@code type}, for {@code ResultSet.getObject(i, type)}: every Java type that
	 * {@link #toBson} writes (by the inverse rule; {@link OffsetDateTime} and {@link ZonedDateTime} in UTC,
	 * a {@link Calendar} in the JVM's time zone as {@code Calendar.getInstance()} makes one), {@code Object}
	 * for {@link #toObject(BsonValue)}, and any {@link BsonValue} class for the raw value; {@code null} for
	 * NULL. Numbers convert between each other by the rules of the primitive readers.
	 *
	 * @throws SQLDataException if the value cannot be converted to {@code type}
	 * @throws SQLFeatureNotSupportedException if {@code type} is none of the above
	 */
	public static <T> T toObject(BsonValue v, Class<T> type) throws SQLException {
		if ( isNull( v ) ) {
			return null;
		}
		if ( BsonValue.class.isAssignableFrom( type ) ) {
			if ( !type.isInstance( v ) ) {
				throw mismatch( v, type );
			}
			return type.cast( v );
		}
		final Reader reader = READERS.get( type );
		if ( reader == null ) {
			throw new SQLFeatureNotSupportedException( "Reading a BSON value as Java type " + type.getName()
					+ " is not supported" );
		}
		return type.cast( reader.read( v ) );
	}

	private static boolean isNull(BsonValue v) {
		return v == null || v.isNull();
	}

	private static Character toCharacter(BsonValue v) throws SQLException {
		final String string = checked( v, BsonType.STRING, Character.class ).asString().getValue();
		if ( string.length() != 1 ) {
			throw mismatch( v, Character.class );
		}
		return string.charAt( 0 );
	}

	private static ObjectId toObjectId(BsonValue v) throws SQLException {
		return checked( v, BsonType.OBJECT_ID, ObjectId.class ).asObjectId().getValue();
	}

	private static UUID toUuid(BsonValue v) throws SQLException {
		if ( !v.isBinary() || !isUuid( v.asBinary() ) ) {
			throw mismatch( v, UUID.class );
		}
		return v.asBinary().asUuid( UuidRepresentation.STANDARD );
	}

	private static boolean isUuid(BsonBinary binary) {
		return binary.getType() == BsonBinarySubType.UUID_STANDARD.getValue() && binary.getData().length == 16;
	}

	private static Instant toInstant(BsonValue v) throws SQLException {
		return Instant.ofEpochMilli( checked( v, BsonType.DATE_TIME, Instant.class ).asDateTime().getValue() );
	}

	private static Calendar toCalendar(BsonValue v) throws SQLException {
		final Calendar calendar = new GregorianCalendar();
		calendar.setTimeInMillis( toInstant( v ).toEpochMilli() );
		return calendar;
	}

	/** {@code v} itself if it has the BSON type {@code expected}, to be read as {@code type}. */
	private static BsonValue checked(BsonValue v, BsonType expected, Class<?> type) throws SQLDataException {
		if ( v.getBsonType() != expected ) {
			throw mismatch( v, type );
		}
		return v;
	}

	private static SQLDataException mismatch(BsonValue v, Class<?> type) {
		return new SQLDataException( "Cannot read the BSON " + v.getBsonType() + " value " + v
				+ " as " + type.getSimpleName(), INVALID_CAST );
	}

	private static SQLDataException outOfRange(BsonValue v, Class<?> type) {
		return new SQLDataException( "The BSON " + v.getBsonType() + " value " + v
				+ " is out of the range of " + type.getSimpleName(), OUT_OF_RANGE );
	}

	/** One row of {@link #READERS}. */
	@FunctionalInterface
	private interface Reader {
		Object read(BsonValue v) throws SQLException;
	}
}
