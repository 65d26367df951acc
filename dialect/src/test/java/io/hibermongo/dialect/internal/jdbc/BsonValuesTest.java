package io.hibermongo.dialect.internal.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
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
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.hibermongo.dialect.internal.DefaultTimeZone.DISTANT_ZONES;
import static io.hibermongo.dialect.internal.DefaultTimeZone.in;
import static io.hibermongo.dialect.internal.DefaultTimeZone.inDistantZones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BsonValuesTest {

	private static final Instant LEAP_DAY_AFTERNOON = Instant.parse( "2024-02-29T13:45:30.123Z" );

	/** Values of every supported Java type, made when called, so that zone-bound ones use the current zone. */
	static Stream<Arguments> everyJavaType() {
		return Stream.of(
				type( "String", () -> "a {\"$gt\": \"\"} string" ),
				type( "Character", () -> 'é' ),
				type( "Integer", () -> -42 ),
				type( "Short", () -> (short) 7 ),
				type( "Byte", () -> (byte) -3 ),
				type( "Long", () -> 1L << 40 ),
				type( "Float", () -> 0.1f ),
				type( "Double", () -> 2.25d ),
				type( "BigDecimal", () -> new BigDecimal( "-123.4500" ) ),
				type( "BigInteger", () -> new BigInteger( "123456789012345678901234567890" ) ),
				type( "Boolean", () -> true ),
				type( "byte[]", () -> new byte[] { 1, 2, 3 } ),
				type( "UUID", () -> UUID.fromString( "123e4567-e89b-12d3-a456-426614174000" ) ),
				type( "ObjectId", () -> new ObjectId( "65e0a1b2c3d4e5f601234567" ) ),
				type( "LocalDate", () -> LocalDate.of( 2024, 2, 29 ) ),
				type( "LocalTime", () -> LocalTime.of( 13, 45, 30, 123_000_000 ) ),
				type( "LocalDateTime", () -> LocalDateTime.of( 2024, 2, 29, 13, 45, 30, 123_000_000 ) ),
				type( "Instant", () -> LEAP_DAY_AFTERNOON ),
				type( "java.sql.Date", () -> java.sql.Date.valueOf( "2024-02-29" ) ),
				type( "java.sql.Time", () -> new Time( Time.valueOf( "13:45:30" ).getTime() + 123 ) ),
				type( "java.sql.Timestamp", () -> Timestamp.valueOf( "2024-02-29 13:45:30.123" ) ),
				type( "java.util.Date", () -> Date.from( LEAP_DAY_AFTERNOON ) ),
				type( "GregorianCalendar", BsonValuesTest::leapDayCalendar ),
				type( "Duration", () -> Duration.ofSeconds( 90061, 5 ) )
		);
	}

	private static Arguments type(String name, Callable<Object> value) {
		return Arguments.of( name, value );
	}

	private static GregorianCalendar leapDayCalendar() {
		final GregorianCalendar calendar = new GregorianCalendar();
		calendar.setTimeInMillis( LEAP_DAY_AFTERNOON.toEpochMilli() );
		return calendar;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyJavaType")
	void everyJavaTypeRoundTripsInAnyDefaultTimeZone(String name, Callable<Object> value) throws Exception {
		for ( String zone : DISTANT_ZONES ) {
			in( zone, () -> {
				final Object original = value.call();
				assertThat( BsonValues.toObject( BsonValues.toBson( original ), original.getClass() ) )
						.as( "%s in %s", name, zone )
						.isEqualTo( original );
				return null;
			} );
		}
	}

	@Test
	void offsetDateTimeRoundTripsToTheSameInstantInUtc() throws Exception {
		final OffsetDateTime original = OffsetDateTime.of( 2024, 2, 29, 13, 45, 30, 123_000_000, ZoneOffset.ofHours( 2 ) );

		final OffsetDateTime read = BsonValues.toObject( BsonValues.toBson( original ), OffsetDateTime.class );

		assertThat( read.isEqual( original ) ).isTrue();
		assertThat( read.getOffset() ).isEqualTo( ZoneOffset.UTC );
	}

	@Test
	void zonedDateTimeRoundTripsToTheSameInstantInUtc() throws Exception {
		final ZonedDateTime original = ZonedDateTime.of(
				LocalDateTime.of( 2024, 2, 29, 13, 45, 30, 123_000_000 ), java.time.ZoneId.of( "Europe/Paris" ) );

		final ZonedDateTime read = BsonValues.toObject( BsonValues.toBson( original ), ZonedDateTime.class );

		assertThat( read.isEqual( original ) ).isTrue();
		assertThat( read.getZone() ).isEqualTo( ZoneOffset.UTC );
	}

	@Test
	void integersAreStoredAsInt32() throws Exception {
		assertThat( BsonValues.toBson( 42 ) ).isEqualTo( new BsonInt32( 42 ) );
		assertThat( BsonValues.toBson( (short) 42 ) ).isEqualTo( new BsonInt32( 42 ) );
		assertThat( BsonValues.toBson( (byte) 42 ) ).isEqualTo( new BsonInt32( 42 ) );
	}

	@Test
	void longIsStoredAsInt64() throws Exception {
		assertThat( BsonValues.toBson( 42L ) ).isEqualTo( new BsonInt64( 42 ) );
	}

	@Test
	void floatingPointIsStoredAsDouble() throws Exception {
		assertThat( BsonValues.toBson( 1.5f ) ).isEqualTo( new BsonDouble( 1.5 ) );
		assertThat( BsonValues.toBson( 1.5d ) ).isEqualTo( new BsonDouble( 1.5 ) );
	}

	@Test
	void bigDecimalIsStoredAsDecimal128WithItsScale() throws Exception {
		assertThat( BsonValues.toBson( new BigDecimal( "123.4500" ) ) )
				.isEqualTo( new BsonDecimal128( Decimal128.parse( "123.4500" ) ) );
	}

	@Test
	void objectArrayIsStoredAsAnArrayOfItsElements() throws Exception {
		assertThat( BsonValues.toBson( new Object[] { 42L, "x", null } ) )
				.isEqualTo( new BsonArray( List.of( new BsonInt64( 42 ), new BsonString( "x" ), BsonNull.VALUE ) ) );
	}

	@Test
	void characterIsStoredAsString() throws Exception {
		assertThat( BsonValues.toBson( 'x' ) ).isEqualTo( new BsonString( "x" ) );
	}

	@Test
	void bytesAreStoredAsBinarySubtype0() throws Exception {
		final BsonValue stored = BsonValues.toBson( new byte[] { 1, 2 } );

		assertThat( stored.asBinary().getType() ).isEqualTo( BsonBinarySubType.BINARY.getValue() );
		assertThat( stored.asBinary().getData() ).containsExactly( 1, 2 );
	}

	@Test
	void uuidIsStoredAsBinarySubtype4InStandardByteOrder() throws Exception {
		final BsonValue stored = BsonValues.toBson( UUID.fromString( "00112233-4455-6677-8899-aabbccddeeff" ) );

		assertThat( stored.asBinary().getType() ).isEqualTo( BsonBinarySubType.UUID_STANDARD.getValue() );
		assertThat( stored.asBinary().getData() ).containsExactly(
				0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
				0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff );
	}

	@Test
	void objectIdIsStoredAsObjectId() throws Exception {
		final ObjectId id = new ObjectId();

		assertThat( BsonValues.toBson( id ) ).isEqualTo( new BsonObjectId( id ) );
	}

	@Test
	void localDateIsStoredAtMidnightUtc() throws Exception {
		assertThat( BsonValues.toBson( LocalDate.of( 2024, 2, 29 ) ) )
				.isEqualTo( dateTime( "2024-02-29T00:00:00Z" ) );
	}

	@Test
	void localTimeIsStoredOnTheEpochDayInUtc() throws Exception {
		assertThat( BsonValues.toBson( LocalTime.of( 13, 45, 30, 123_000_000 ) ) )
				.isEqualTo( dateTime( "1970-01-01T13:45:30.123Z" ) );
	}

	@Test
	void localDateTimeIsStoredAsIfInUtc() throws Exception {
		assertThat( BsonValues.toBson( LocalDateTime.of( 2024, 2, 29, 13, 45, 30 ) ) )
				.isEqualTo( dateTime( "2024-02-29T13:45:30Z" ) );
	}

	@Test
	void offsetDateTimeIsStoredAsItsInstant() throws Exception {
		assertThat( BsonValues.toBson( OffsetDateTime.parse( "2024-02-29T13:45:30+02:00" ) ) )
				.isEqualTo( dateTime( "2024-02-29T11:45:30Z" ) );
	}

	@Test
	void sqlDateIsStoredAsItsLocalDateAtMidnightUtc() throws Exception {
		assertThat( inDistantZones( () -> BsonValues.toBson( java.sql.Date.valueOf( "2024-02-29" ) ) ) )
				.containsOnly( dateTime( "2024-02-29T00:00:00Z" ) );
	}

	@Test
	void sqlTimeIsStoredAsItsLocalTimeWithMillisecondsOnTheEpochDayInUtc() throws Exception {
		assertThat( inDistantZones( () -> BsonValues.toBson( new Time( Time.valueOf( "13:45:30" ).getTime() + 7 ) ) ) )
				.containsOnly( dateTime( "1970-01-01T13:45:30.007Z" ) );
	}

	@Test
	void timestampIsStoredAsItsInstant() throws Exception {
		assertThat( BsonValues.toBson( Timestamp.from( LEAP_DAY_AFTERNOON ) ) )
				.isEqualTo( new BsonDateTime( LEAP_DAY_AFTERNOON.toEpochMilli() ) );
	}

	@Test
	void subMillisecondPartsAreTruncated() throws Exception {
		final Instant precise = Instant.parse( "2024-02-29T13:45:30.123999999Z" );

		assertThat( BsonValues.toBson( precise ) ).isEqualTo( dateTime( "2024-02-29T13:45:30.123Z" ) );
		assertThat( BsonValues.toBson( Timestamp.from( precise ) ) ).isEqualTo( dateTime( "2024-02-29T13:45:30.123Z" ) );
		assertThat( BsonValues.toBson( LocalTime.of( 0, 0, 0, 999_999 ) ) ).isEqualTo( dateTime( "1970-01-01T00:00:00Z" ) );
	}

	@Test
	void durationIsStoredAsInt64Nanoseconds() throws Exception {
		assertThat( BsonValues.toBson( Duration.ofSeconds( 1, 5 ) ) ).isEqualTo( new BsonInt64( 1_000_000_005L ) );
	}

	@Test
	void durationBeyond292YearsIsRefused() {
		assertThatThrownBy( () -> BsonValues.toBson( Duration.ofDays( 365L * 300 ) ) )
				.isInstanceOf( SQLDataException.class )
				.hasMessageContaining( "PT2628000H" );
	}

	@Test
	void bigDecimalWithMoreThan34SignificantDigitsIsRefusedNamingIt() {
		final BigDecimal tooPrecise = new BigDecimal( "1.234567890123456789012345678901234567" );

		assertThatThrownBy( () -> BsonValues.toBson( tooPrecise ) )
				.isInstanceOf( SQLDataException.class )
				.hasMessageContaining( tooPrecise.toString() )
				.hasMessageContaining( "decimal128" );
	}

	@Test
	void bigDecimalWithExponentBeyondDecimal128IsRefused() {
		assertThatThrownBy( () -> BsonValues.toBson( new BigDecimal( "1E-6200" ) ) )
				.isInstanceOf( SQLDataException.class );
	}

	@Test
	void bigIntegerBeyondDecimal128IsRefused() {
		final BigInteger tooLong = BigInteger.TEN.pow( 40 ).add( BigInteger.ONE );

		assertThatThrownBy( () -> BsonValues.toBson( tooLong ) )
				.isInstanceOf( SQLDataException.class )
				.hasMessageContaining( tooLong.toString() );
	}

	@Test
	void trailingZerosBeyond34DigitsAreKeptExactly() throws Exception {
		final BigInteger roundNumber = BigInteger.TEN.pow( 40 );

		assertThat( BsonValues.toObject( BsonValues.toBson( roundNumber ), BigInteger.class ) ).isEqualTo( roundNumber );
	}

	@Test
	void dateBeyondBsonRangeIsRefused() {
		assertThatThrownBy( () -> BsonValues.toBson( Instant.MAX ) ).isInstanceOf( SQLDataException.class );
	}

	@Test
	void nullIsStoredAsBsonNull() throws Exception {
		assertThat( BsonValues.toBson( null ) ).isEqualTo( BsonNull.VALUE );
	}

	@Test
	void bsonValuePassesThroughUnchanged() throws Exception {
		final BsonDocument document = BsonDocument.parse( "{a: 1}" );

		assertThat( BsonValues.toBson( document ) ).isSameAs( document );
	}

	@Test
	void unsupportedJavaClassIsRefusedNamingIt() {
		assertThatThrownBy( () -> BsonValues.toBson( new StringBuilder( "x" ) ) )
				.isInstanceOf( SQLFeatureNotSupportedException.class )
				.hasMessageContaining( "java.lang.StringBuilder" );
	}

	@ParameterizedTest
	@MethodSource("sqlNulls")
	void missingFieldAndBsonNullReadAsSqlNull(BsonValue sqlNull) throws Exception {
		assertThat( BsonValues.toStringValue( sqlNull ) ).isNull();
		assertThat( BsonValues.toBoolean( sqlNull ) ).isFalse();
		assertThat( BsonValues.toByte( sqlNull ) ).isZero();
		assertThat( BsonValues.toShort( sqlNull ) ).isZero();
		assertThat( BsonValues.toInt( sqlNull ) ).isZero();
		assertThat( BsonValues.toLong( sqlNull ) ).isZero();
		assertThat( BsonValues.toFloat( sqlNull ) ).isZero();
		assertThat( BsonValues.toDouble( sqlNull ) ).isZero();
		assertThat( BsonValues.toBigDecimal( sqlNull ) ).isNull();
		assertThat( BsonValues.toBytes( sqlNull ) ).isNull();
		assertThat( BsonValues.toSqlDate( sqlNull ) ).isNull();
		assertThat( BsonValues.toSqlTime( sqlNull ) ).isNull();
		assertThat( BsonValues.toSqlTimestamp( sqlNull ) ).isNull();
		assertThat( BsonValues.toObject( sqlNull ) ).isNull();
		assertThat( BsonValues.toObject( sqlNull, Integer.class ) ).isNull();
		assertThat( BsonValues.toObject( sqlNull, LocalDate.class ) ).isNull();
	}

	static Stream<BsonValue> sqlNulls() {
		return Stream.of( null, BsonNull.VALUE );
	}

	@Test
	void anyNumberReadsAsAnyNumericType() throws Exception {
		for ( BsonValue seven : List.of( new BsonInt32( 7 ), new BsonInt64( 7 ), new BsonDouble( 7 ),
				new BsonDecimal128( Decimal128.parse( "7" ) ) ) ) {
			assertThat( BsonValues.toByte( seven ) ).isEqualTo( (byte) 7 );
			assertThat( BsonValues.toShort( seven ) ).isEqualTo( (short) 7 );
			assertThat( BsonValues.toInt( seven ) ).isEqualTo( 7 );
			assertThat( BsonValues.toLong( seven ) ).isEqualTo( 7L );
			assertThat( BsonValues.toFloat( seven ) ).isEqualTo( 7f );
			assertThat( BsonValues.toDouble( seven ) ).isEqualTo( 7d );
			assertThat( BsonValues.toBigDecimal( seven ) ).isEqualByComparingTo( "7" );
			assertThat( BsonValues.toObject( seven, Long.class ) ).isEqualTo( 7L );
		}
	}

	@Test
	void fractionIsTruncatedTowardZeroWhenReadAsInteger() throws Exception {
		assertThat( BsonValues.toInt( new BsonDouble( 2.9 ) ) ).isEqualTo( 2 );
		assertThat( BsonValues.toInt( new BsonDouble( -2.9 ) ) ).isEqualTo( -2 );
		assertThat( BsonValues.toLong( new BsonDecimal128( Decimal128.parse( "-2.9" ) ) ) ).isEqualTo( -2L );
	}

	@Test
	void integerOutOfRangeOfTheTargetTypeIsRefused() {
		assertThatThrownBy( () -> BsonValues.toInt( new BsonInt64( 1L << 31 ) ) ).isInstanceOf( SQLDataException.class );
		assertThatThrownBy( () -> BsonValues.toByte( new BsonInt32( 128 ) ) ).isInstanceOf( SQLDataException.class );
		assertThatThrownBy( () -> BsonValues.toShort( new BsonInt32( -32769 ) ) ).isInstanceOf( SQLDataException.class );
	}

	@Test
	void doubleOutOfLongRangeIsRefusedRatherThanClamped() {
		assertThatThrownBy( () -> BsonValues.toLong( new BsonDouble( 0x1p63 ) ) ).isInstanceOf( SQLDataException.class );
		assertThatThrownBy( () -> BsonValues.toLong( new BsonDouble( Double.NaN ) ) ).isInstanceOf( SQLDataException.class );
	}

	@Test
	void extremesOfLongRangeReadExactly() throws Exception {
		assertThat( BsonValues.toLong( new BsonDouble( -0x1p63 ) ) ).isEqualTo( Long.MIN_VALUE );
		assertThat( BsonValues.toLong( new BsonDecimal128( new Decimal128( Long.MAX_VALUE ) ) ) ).isEqualTo( Long.MAX_VALUE );
	}

	@Test
	void doubleReadsAsBigDecimalByItsShortestDecimalForm() throws Exception {
		assertThat( BsonValues.toBigDecimal( new BsonDouble( 0.1 ) ) ).isEqualTo( new BigDecimal( "0.1" ) );
	}

	@Test
	void negativeZeroDecimal128ReadsAsZero() throws Exception {
		assertThat( BsonValues.toBigDecimal( new BsonDecimal128( Decimal128.parse( "-0.00" ) ) ) )
				.isEqualTo( new BigDecimal( "0.00" ) );
	}

	@Test
	void decimal128NaNIsRefusedAsBigDecimal() {
		assertThatThrownBy( () -> BsonValues.toBigDecimal( new BsonDecimal128( Decimal128.NaN ) ) )
				.isInstanceOf( SQLDataException.class );
	}

	@Test
	void decimal128BeyondDoubleRangeIsRefusedAsDouble() {
		assertThatThrownBy( () -> BsonValues.toDouble( new BsonDecimal128( Decimal128.parse( "1E+400" ) ) ) )
				.isInstanceOf( SQLDataException.class );
	}

	@Test
	void nonNumberIsRefusedAsNumber() {
		assertThatThrownBy( () -> BsonValues.toInt( new BsonString( "42" ) ) )
				.isInstanceOf( SQLDataException.class )
				.hasMessageContaining( "STRING" );
	}

	@Test
	void numberReadsAsBooleanTrueUnlessZero() throws Exception {
		assertThat( BsonValues.toBoolean( new BsonInt32( 0 ) ) ).isFalse();
		assertThat( BsonValues.toBoolean( new BsonInt64( -1 ) ) ).isTrue();
		assertThat( BsonValues.toBoolean( new BsonDecimal128( Decimal128.parse( "0.0" ) ) ) ).isFalse();
	}

	@Test
	void objectIdReadsAsHexString() throws Exception {
		assertThat( BsonValues.toStringValue( new BsonObjectId( new ObjectId( "65e0a1b2c3d4e5f601234567" ) ) ) )
				.isEqualTo( "65e0a1b2c3d4e5f601234567" );
	}

	@Test
	void numbersAndBooleansReadAsText() throws Exception {
		assertThat( BsonValues.toStringValue( new BsonInt32( 42 ) ) ).isEqualTo( "42" );
		assertThat( BsonValues.toStringValue( new BsonInt64( 42 ) ) ).isEqualTo( "42" );
		assertThat( BsonValues.toStringValue( new BsonDouble( 1.5 ) ) ).isEqualTo( "1.5" );
		assertThat( BsonValues.toStringValue( new BsonDecimal128( Decimal128.parse( "1.50" ) ) ) ).isEqualTo( "1.50" );
		assertThat( BsonValues.toStringValue( BsonBoolean.TRUE ) ).isEqualTo( "true" );
	}

	@Test
	void documentIsRefusedAsString() {
		assertThatThrownBy( () -> BsonValues.toStringValue( new BsonDocument() ) ).isInstanceOf( SQLDataException.class );
	}

	@Test
	void binaryOfAnySubtypeReadsAsBytes() throws Exception {
		assertThat( BsonValues.toBytes( new BsonBinary( (byte) 0x80, new byte[] { 9 } ) ) ).containsExactly( 9 );
	}

	@Test
	void eachBsonTypeReadsAsItsNaturalJavaObject() throws Exception {
		final UUID uuid = UUID.randomUUID();
		final ObjectId id = new ObjectId();
		final BsonArray array = new BsonArray( List.of( new BsonInt32( 1 ) ) );

		assertThat( BsonValues.toObject( new BsonString( "s" ) ) ).isEqualTo( "s" );
		assertThat( BsonValues.toObject( new BsonInt32( 1 ) ) ).isEqualTo( 1 );
		assertThat( BsonValues.toObject( new BsonInt64( 1 ) ) ).isEqualTo( 1L );
		assertThat( BsonValues.toObject( new BsonDouble( 1 ) ) ).isEqualTo( 1d );
		assertThat( BsonValues.toObject( new BsonDecimal128( Decimal128.parse( "1.0" ) ) ) ).isEqualTo( new BigDecimal( "1.0" ) );
		assertThat( BsonValues.toObject( BsonBoolean.FALSE ) ).isEqualTo( false );
		assertThat( BsonValues.toObject( new BsonBinary( new byte[] { 1 } ) ) ).isEqualTo( new byte[] { 1 } );
		assertThat( BsonValues.toObject( BsonValues.toBson( uuid ) ) ).isEqualTo( uuid );
		assertThat( BsonValues.toObject( new BsonObjectId( id ) ) ).isEqualTo( id );
		assertThat( BsonValues.toObject( new BsonDateTime( 5 ) ) ).isEqualTo( new Timestamp( 5 ) );
		assertThat( BsonValues.toObject( array ) ).isSameAs( array );
	}

	@Test
	void bsonValueClassReadsTheRawValue() throws Exception {
		final BsonDocument document = BsonDocument.parse( "{a: 1}" );

		assertThat( BsonValues.toObject( document, BsonDocument.class ) ).isSameAs( document );
	}

	@Test
	void unsupportedTargetClassIsRefusedNamingIt() {
		assertThatThrownBy( () -> BsonValues.toObject( new BsonInt32( 1 ), StringBuilder.class ) )
				.isInstanceOf( SQLFeatureNotSupportedException.class )
				.hasMessageContaining( "java.lang.StringBuilder" );
	}

	@Test
	void dateReadsAsTheSameLocalValuesInAnyDefaultTimeZone() throws Exception {
		final BsonValue stored = dateTime( "2024-02-29T23:30:00.250Z" );

		assertThat( inDistantZones( () -> BsonValues.toObject( stored, LocalDate.class ) ) )
				.containsOnly( LocalDate.of( 2024, 2, 29 ) );
		assertThat( inDistantZones( () -> BsonValues.toSqlDate( stored ).toLocalDate() ) )
				.containsOnly( LocalDate.of( 2024, 2, 29 ) );
		assertThat( inDistantZones( () -> BsonValues.toObject( stored, LocalTime.class ) ) )
				.containsOnly( LocalTime.of( 23, 30, 0, 250_000_000 ) );
		assertThat( inDistantZones( () -> BsonValues.toSqlTime( stored ).toString() ) )
				.containsOnly( "23:30:00" );
		assertThat( inDistantZones( () -> BsonValues.toObject( stored, LocalDateTime.class ) ) )
				.containsOnly( LocalDateTime.of( 2024, 2, 29, 23, 30, 0, 250_000_000 ) );
		assertThat( inDistantZones( () -> BsonValues.toSqlTimestamp( stored ).toInstant() ) )
				.containsOnly( Instant.parse( "2024-02-29T23:30:00.250Z" ) );
	}

	@Test
	void localValuesAreStoredAlikeInAnyDefaultTimeZone() throws Exception {
		assertThat( inDistantZones( () -> List.of(
				BsonValues.toBson( LocalDate.of( 2024, 2, 29 ) ),
				BsonValues.toBson( LocalTime.of( 23, 30 ) ),
				BsonValues.toBson( LocalDateTime.of( 2024, 2, 29, 23, 30 ) ) ) ) )
				.containsOnly( List.of(
						dateTime( "2024-02-29T00:00:00Z" ),
						dateTime( "1970-01-01T23:30:00Z" ),
						dateTime( "2024-02-29T23:30:00Z" ) ) );
	}

	private static BsonDateTime dateTime(String instant) {
		return new BsonDateTime( Instant.parse( instant ).toEpochMilli() );
	}
}
