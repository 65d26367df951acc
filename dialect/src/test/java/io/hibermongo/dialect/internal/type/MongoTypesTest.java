package io.hibermongo.dialect.internal.type;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import io.hibermongo.dialect.internal.jdbc.BsonValues;
import org.bson.BsonArray;
import org.bson.BsonBinarySubType;
import org.bson.BsonDateTime;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.loader.ast.internal.MultiKeyLoadHelper;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.UUIDJdbcType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hibermongo.dialect.internal.DefaultTimeZone.inDistantZones;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binds and reads the attributes of a sample entity through the JdbcMappings that Hibernate resolves with
 * {@link MongoTypes} contributed, against statement and result set doubles that convert exactly as our
 * adapter does ({@link BsonValues}) and refuse every call but {@code setObject}, {@code setNull},
 * {@code getObject(i, Class)} and {@code wasNull}.
 */
class MongoTypesTest {

	private static StandardServiceRegistry registry;
	private static Metadata metadata;
	private static SessionFactoryImplementor sessionFactory;

	@BeforeAll
	static void bootHibernate() {
		registry = new StandardServiceRegistryBuilder()
				.applySetting( AvailableSettings.DIALECT, TypesOnlyDialect.class.getName() )
				.applySetting( AvailableSettings.ALLOW_METADATA_ON_BOOT, false )
				.build();
		metadata = new MetadataSources( registry ).addAnnotatedClass( Sample.class ).buildMetadata();
		sessionFactory = metadata.buildSessionFactory().unwrap( SessionFactoryImplementor.class );
	}

	@AfterAll
	static void closeHibernate() {
		sessionFactory.close();
		StandardServiceRegistryBuilder.destroy( registry );
	}

	@Test
	void objectIdIdAndAttributeMapToObjectIdsWithoutAnnotations() {
		assertThat( persister().getIdentifierMapping().getJdbcMapping( 0 ).getJdbcType() )
				.isSameAs( ObjectIdJdbcType.INSTANCE );
		assertThat( mapping( "reference" ).getJdbcType() ).isSameAs( ObjectIdJdbcType.INSTANCE );
	}

	@Test
	void objectIdIsBoundAsObjectId() throws Exception {
		final ObjectId id = new ObjectId();

		assertThat( store( "reference", id ) ).isEqualTo( new BsonObjectId( id ) );
		assertThat( load( "reference", new BsonObjectId( id ) ) ).isEqualTo( id );
	}

	@Test
	void localDateIsStoredAtMidnightUtcInAnyDefaultTimeZone() throws Exception {
		final LocalDate leapDay = LocalDate.of( 2024, 2, 29 );

		assertThat( inDistantZones( () -> store( "day", leapDay ) ) ).containsOnly( dateTime( "2024-02-29T00:00:00Z" ) );
		assertThat( inDistantZones( () -> load( "day", dateTime( "2024-02-29T00:00:00Z" ) ) ) ).containsOnly( leapDay );
	}

	@Test
	void utilDateAsTemporalDateIsStoredAsItsLocalDate() throws Exception {
		assertThat( inDistantZones( () -> store( "legacyDay", localMidnight( 2024, 2, 29 ) ) ) )
				.containsOnly( dateTime( "2024-02-29T00:00:00Z" ) );
		assertThat( inDistantZones( () -> load( "legacyDay", dateTime( "2024-02-29T00:00:00Z" ) )
				.equals( localMidnight( 2024, 2, 29 ) ) ) )
				.containsOnly( true );
	}

	@Test
	void calendarAsTemporalDateGoesThroughItsLocalDate() throws Exception {
		assertThat( inDistantZones( () -> store( "legacyCalendarDay", calendarAt( localMidnight( 2024, 2, 29 ) ) ) ) )
				.containsOnly( dateTime( "2024-02-29T00:00:00Z" ) );
		assertThat( inDistantZones( () -> ( (Calendar) load( "legacyCalendarDay", dateTime( "2024-02-29T00:00:00Z" ) ) )
				.getTime().equals( localMidnight( 2024, 2, 29 ) ) ) )
				.containsOnly( true );
	}

	@Test
	void localTimeIsStoredOnTheEpochDayInUtcInAnyDefaultTimeZone() throws Exception {
		final LocalTime time = LocalTime.of( 23, 45, 30, 123_000_000 );

		assertThat( inDistantZones( () -> store( "time", time ) ) ).containsOnly( dateTime( "1970-01-01T23:45:30.123Z" ) );
		assertThat( inDistantZones( () -> load( "time", dateTime( "1970-01-01T23:45:30.123Z" ) ) ) ).containsOnly( time );
	}

	@Test
	void sqlTimeKeepsItsWallClockTimeAndMilliseconds() throws Exception {
		assertThat( inDistantZones( () -> store( "legacyTime", new Time( Time.valueOf( "23:45:30" ).getTime() + 123 ) ) ) )
				.containsOnly( dateTime( "1970-01-01T23:45:30.123Z" ) );
		assertThat( inDistantZones( () -> load( "legacyTime", dateTime( "1970-01-01T23:45:30.123Z" ) )
				.equals( new Time( Time.valueOf( "23:45:30" ).getTime() + 123 ) ) ) )
				.containsOnly( true );
	}

	@Test
	void localDateTimeIsStoredAsIfInUtcInAnyDefaultTimeZone() throws Exception {
		final LocalDateTime dateTime = LocalDateTime.of( 2024, 2, 29, 23, 45, 30, 123_000_000 );

		assertThat( inDistantZones( () -> store( "dateTime", dateTime ) ) )
				.containsOnly( dateTime( "2024-02-29T23:45:30.123Z" ) );
		assertThat( inDistantZones( () -> load( "dateTime", dateTime( "2024-02-29T23:45:30.123Z" ) ) ) )
				.containsOnly( dateTime );
	}

	@Test
	void utilDateAsTimestampIsStoredAsItsInstant() throws Exception {
		final Instant instant = Instant.parse( "2024-02-29T23:45:30.123Z" );

		assertThat( inDistantZones( () -> store( "legacyTimestamp", Date.from( instant ) ) ) )
				.containsOnly( dateTime( "2024-02-29T23:45:30.123Z" ) );
		assertThat( inDistantZones( () -> ( (Date) load( "legacyTimestamp", dateTime( "2024-02-29T23:45:30.123Z" ) ) )
				.getTime() ) )
				.containsOnly( instant.toEpochMilli() );
	}

	@Test
	void keysInAnArrayParameterAreStoredAsEachAloneIsStored() throws Exception {
		final ObjectId reference = new ObjectId();
		final UUID uuid = UUID.randomUUID();
		final LocalDate day = LocalDate.of( 2024, 2, 29 );

		assertThat( storeArray( "reference", reference ) ).isEqualTo( new BsonArray( List.of( store( "reference", reference ) ) ) );
		assertThat( storeArray( "uuid", uuid ) ).isEqualTo( new BsonArray( List.of( store( "uuid", uuid ) ) ) );
		assertThat( storeArray( "big", 7L, null ) ).isEqualTo( new BsonArray( List.of( new BsonInt64( 7 ), BsonNull.VALUE ) ) );
		assertThat( inDistantZones( () -> storeArray( "day", day ) ) ).containsOnly( new BsonArray( List.of( store( "day", day ) ) ) );
	}

	@Test
	void localDateTimesInAnArrayParameterAreStoredAsIfInUtcInAnyDefaultTimeZone() throws Exception {
		final LocalDateTime dateTime = LocalDateTime.of( 2024, 2, 29, 23, 45, 30, 123_000_000 );

		assertThat( inDistantZones( () -> storeArray( "dateTime", dateTime ) ) )
				.containsOnly( new BsonArray( List.of( dateTime( "2024-02-29T23:45:30.123Z" ) ) ) );
	}

	@Test
	void instantIsStoredAsItself() throws Exception {
		final Instant instant = Instant.parse( "2024-02-29T23:45:30.123Z" );

		assertThat( store( "instant", instant ) ).isEqualTo( dateTime( "2024-02-29T23:45:30.123Z" ) );
		assertThat( load( "instant", dateTime( "2024-02-29T23:45:30.123Z" ) ) ).isEqualTo( instant );
	}

	@Test
	void offsetDateTimeIsStoredAsItsInstantAndReadInUtc() throws Exception {
		final OffsetDateTime dateTime = OffsetDateTime.parse( "2024-02-29T23:45:30.123+02:00" );

		assertThat( store( "offsetDateTime", dateTime ) ).isEqualTo( dateTime( "2024-02-29T21:45:30.123Z" ) );
		assertThat( load( "offsetDateTime", dateTime( "2024-02-29T21:45:30.123Z" ) ) )
				.isEqualTo( dateTime.withOffsetSameInstant( ZoneOffset.UTC ) );
	}

	@Test
	void zonedDateTimeIsStoredAsItsInstantAndReadInUtc() throws Exception {
		final ZonedDateTime dateTime = ZonedDateTime.of(
				LocalDateTime.of( 2024, 2, 29, 23, 45, 30 ), ZoneId.of( "Europe/Paris" ) );

		assertThat( store( "zonedDateTime", dateTime ) ).isEqualTo( dateTime( "2024-02-29T22:45:30Z" ) );
		assertThat( load( "zonedDateTime", dateTime( "2024-02-29T22:45:30Z" ) ) )
				.isEqualTo( dateTime.withZoneSameInstant( ZoneOffset.UTC ) );
	}

	@Test
	void timestampWithTimeZoneIsStoredAsItsInstant() throws Exception {
		final OffsetDateTime dateTime = OffsetDateTime.parse( "2024-02-29T23:45:30+02:00" );

		assertThat( mapping( "offsetDateTimeWithZone" ).getJdbcType() )
				.isSameAs( MongoTimestampWithTimeZoneJdbcType.INSTANCE );
		assertThat( store( "offsetDateTimeWithZone", dateTime ) ).isEqualTo( dateTime( "2024-02-29T21:45:30Z" ) );
		assertThat( load( "offsetDateTimeWithZone", dateTime( "2024-02-29T21:45:30Z" ) ) )
				.isEqualTo( dateTime.withOffsetSameInstant( ZoneOffset.UTC ) );
	}

	@Test
	void uuidIsStoredAsBinarySubtype4() throws Exception {
		final UUID uuid = UUID.randomUUID();

		final BsonValue stored = store( "uuid", uuid );

		assertThat( mapping( "uuid" ).getJdbcType() ).isSameAs( UUIDJdbcType.INSTANCE );
		assertThat( stored.asBinary().getType() ).isEqualTo( BsonBinarySubType.UUID_STANDARD.getValue() );
		assertThat( load( "uuid", stored ) ).isEqualTo( uuid );
	}

	@Test
	void durationIsStoredAsInt64NanosecondsByDefault() throws Exception {
		assertThat( mapping( "duration" ).getJdbcType() ).isSameAs( MongoDurationJdbcType.INSTANCE );
		assertThat( store( "duration", Duration.ofSeconds( 1, 5 ) ) ).isEqualTo( new BsonInt64( 1_000_000_005L ) );
		assertThat( load( "duration", new BsonInt64( 1_000_000_005L ) ) ).isEqualTo( Duration.ofSeconds( 1, 5 ) );
	}

	@Test
	void durationAsIntervalSecondIsStoredAsInt64Nanoseconds() throws Exception {
		assertThat( mapping( "intervalSecond" ).getJdbcType() ).isSameAs( MongoDurationJdbcType.INSTANCE );
		assertThat( store( "intervalSecond", Duration.ofMinutes( 1 ) ) ).isEqualTo( new BsonInt64( 60_000_000_000L ) );
	}

	@Test
	void nullIsBoundAsSqlNull() throws Exception {
		assertThat( store( "day", null ) ).isEqualTo( BsonNull.VALUE );
	}

	@Test
	void missingFieldAndBsonNullReadAsNull() throws Exception {
		assertThat( load( "day", null ) ).isNull();
		assertThat( load( "reference", BsonNull.VALUE ) ).isNull();
	}

	@Test
	void plainAttributesAreStorable() {
		for ( String attribute : List.of( "reference", "text", "initial", "flag", "tiny", "small", "number", "big",
				"real", "precise", "amount", "huge", "data", "day", "time", "dateTime", "instant", "offsetDateTime",
				"zonedDateTime", "offsetDateTimeWithZone", "legacyDay", "legacyCalendarDay", "legacyTime",
				"legacyTimestamp", "uuid", "duration", "intervalSecond", "color", "colorOrdinal" ) ) {
			assertThat( MongoTypes.isStorable( mapping( attribute ) ) ).as( attribute ).isTrue();
		}
		assertThat( MongoTypes.isStorable( persister().getIdentifierMapping().getJdbcMapping( 0 ) ) ).isTrue();
	}

	@Test
	void lobsAreNotStorable() {
		for ( String attribute : List.of( "lobBytes", "lobText", "blob", "clob" ) ) {
			assertThat( MongoTypes.isStorable( mapping( attribute ) ) ).as( attribute ).isFalse();
		}
	}

	@Test
	void bsonOnlyColumnTypesAreNamedAfterTheirBsonType() {
		assertThat( columnType( "reference" ) ).isEqualTo( "objectId" );
		assertThat( columnType( "uuid" ) ).isEqualTo( "binData" );
		assertThat( columnType( "duration" ) ).isEqualTo( "long" );
	}

	private static EntityPersister persister() {
		return sessionFactory.getMappingMetamodel().getEntityDescriptor( Sample.class );
	}

	private static JdbcMapping mapping(String attribute) {
		return persister().findAttributeMapping( attribute ).getJdbcMapping( 0 );
	}

	private static String columnType(String attribute) {
		final BasicValue value = (BasicValue) metadata.getEntityBinding( Sample.class.getName() )
				.getProperty( attribute ).getValue();
		return ( (Column) value.getColumn() ).getSqlType( metadata );
	}

	/** What the adapter stores for {@code value} bound through the attribute's JdbcMapping. */
	@SuppressWarnings("unchecked")
	private static BsonValue store(String attribute, Object value) throws SQLException {
		final BsonValue[] stored = new BsonValue[1];
		final PreparedStatement statement = adapterDouble( PreparedStatement.class, (method, args) -> {
			if ( method.equals( "setObject" ) && args.length == 2 ) {
				stored[0] = BsonValues.toBson( args[1] );
			}
			else if ( method.equals( "setNull" ) ) {
				stored[0] = BsonNull.VALUE;
			}
			else {
				throw new AssertionError( "The adapter was called with " + method );
			}
			return null;
		} );
		mapping( attribute ).getJdbcValueBinder().bind( statement, value, 1, sessionFactory.getWrapperOptions() );
		return stored[0];
	}

	/**
	 * What the adapter stores for {@code keys} bound as one array parameter of the attribute's type, the
	 * JdbcMapping resolved as Hibernate's loaders of several keys resolve it.
	 */
	private static BsonValue storeArray(String attribute, Object... keys) throws SQLException {
		final JdbcMapping element = mapping( attribute );
		final Class<?> elementClass = element.getJdbcJavaType().getJavaTypeClass();
		final JdbcMapping array = MultiKeyLoadHelper.resolveArrayJdbcMapping( element, elementClass, sessionFactory );
		final Object typedKeys = java.lang.reflect.Array.newInstance( elementClass, keys.length );
		System.arraycopy( keys, 0, typedKeys, 0, keys.length );
		final BsonValue[] stored = new BsonValue[1];
		final PreparedStatement statement = adapterDouble( PreparedStatement.class, (method, args) -> {
			if ( !method.equals( "setObject" ) || args.length != 2 ) {
				throw new AssertionError( "The adapter was called with " + method );
			}
			stored[0] = BsonValues.toBson( args[1] );
			return null;
		} );
		array.getJdbcValueBinder().bind( statement, typedKeys, 1, sessionFactory.getWrapperOptions() );
		return stored[0];
	}

	/** What the attribute's JdbcMapping reads from the adapter when the field holds {@code stored}. */
	private static Object load(String attribute, BsonValue stored) throws SQLException {
		final ResultSet resultSet = adapterDouble( ResultSet.class, (method, args) -> {
			if ( method.equals( "getObject" ) && args.length == 2 && args[1] instanceof Class<?> type ) {
				return BsonValues.toObject( stored, type );
			}
			else if ( method.equals( "wasNull" ) ) {
				return stored == null || stored.isNull();
			}
			throw new AssertionError( "The adapter was called with " + method );
		} );
		return mapping( attribute ).getJdbcValueExtractor().extract( resultSet, 1, sessionFactory.getWrapperOptions() );
	}

	private static <T> T adapterDouble(Class<T> jdbcInterface, JdbcCall call) {
		return jdbcInterface.cast( Proxy.newProxyInstance(
				MongoTypesTest.class.getClassLoader(),
				new Class<?>[] { jdbcInterface },
				(proxy, method, args) -> call.answer( method.getName(), args == null ? new Object[0] : args )
		) );
	}

	@FunctionalInterface
	private interface JdbcCall {
		Object answer(String method, Object[] args) throws SQLException;
	}

	private static BsonDateTime dateTime(String instant) {
		return new BsonDateTime( Instant.parse( instant ).toEpochMilli() );
	}

	private static Date localMidnight(int year, int month, int day) {
		return new GregorianCalendar( year, month - 1, day ).getTime();
	}

	private static Calendar calendarAt(Date date) {
		final Calendar calendar = new GregorianCalendar();
		calendar.setTime( date );
		return calendar;
	}

	/** A dialect that is nothing but Hibernate's defaults and Hibermongo's types, arrays included. */
	public static class TypesOnlyDialect extends Dialect {

		public TypesOnlyDialect() {
			super( DatabaseVersion.make( 7 ) );
		}

		@Override
		public boolean supportsStandardArrays() {
			return true;
		}

		@Override
		public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
			super.contributeTypes( typeContributions, serviceRegistry );
			MongoTypes.contribute( typeContributions, serviceRegistry );
		}
	}

	enum Color { RED, GREEN }

	@Entity(name = "Sample")
	@SuppressWarnings("deprecation") // @Temporal, which the java.util types still need
	static class Sample {
		@Id
		ObjectId id;
		ObjectId reference;
		String text;
		Character initial;
		Boolean flag;
		Byte tiny;
		Short small;
		Integer number;
		Long big;
		Float real;
		Double precise;
		BigDecimal amount;
		BigInteger huge;
		byte[] data;
		LocalDate day;
		LocalTime time;
		LocalDateTime dateTime;
		Instant instant;
		OffsetDateTime offsetDateTime;
		ZonedDateTime zonedDateTime;
		@JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
		OffsetDateTime offsetDateTimeWithZone;
		@Temporal(TemporalType.DATE)
		Date legacyDay;
		@Temporal(TemporalType.DATE)
		Calendar legacyCalendarDay;
		Time legacyTime;
		@Temporal(TemporalType.TIMESTAMP)
		Date legacyTimestamp;
		UUID uuid;
		Duration duration;
		@JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
		Duration intervalSecond;
		@Enumerated(EnumType.STRING)
		Color color;
		@Enumerated(EnumType.ORDINAL)
		Color colorOrdinal;
		@Lob
		byte[] lobBytes;
		@Lob
		String lobText;
		Blob blob;
		Clob clob;
	}
}
