package io.hibermongo.dialect.internal.type;

import java.util.Set;

import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.UUIDJdbcType;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

/**
 * The Hibernate types of Hibermongo: the {@code JdbcType}s through which Hibernate binds parameters to, and
 * reads results from, our JDBC adapter, and the {@code JavaType} of {@link org.bson.types.ObjectId}.
 * <p>
 * Hibernate's standard temporal JdbcTypes call {@code setDate} / {@code setTimestamp} with {@code java.sql}
 * values defined in the JVM's time zone; ours hand the adapter {@code java.time} values whose BSON form
 * does not depend on it:
 * <ul>
 * <li>{@code DATE} → {@code LocalDate} (a BSON date at midnight UTC), {@link MongoDateJdbcType};</li>
 * <li>{@code TIME} → {@code LocalTime} (a BSON date on 1970-01-01 UTC), {@link MongoTimeJdbcType};</li>
 * <li>{@code TIMESTAMP} → {@code LocalDateTime} read as UTC for a {@code LocalDateTime}, the instant of a
 * {@code java.sql.Timestamp} for any other type, {@link MongoTimestampJdbcType};</li>
 * <li>{@code TIMESTAMP_UTC} and {@code TIMESTAMP_WITH_TIMEZONE} → {@code Instant}, so {@code Instant},
 * {@code OffsetDateTime} and {@code ZonedDateTime} store their instant and read back in UTC,
 * {@link MongoTimestampUtcJdbcType}, {@link MongoTimestampWithTimeZoneJdbcType};</li>
 * <li>{@code UUID} → {@code java.util.UUID} (binary subtype 4), Hibernate's {@link UUIDJdbcType};</li>
 * <li>{@code INTERVAL_SECOND} and {@code DURATION} (Hibernate 7's default for {@code Duration}) →
 * {@code java.time.Duration} (int64 nanoseconds), {@link MongoDurationJdbcType};</li>
 * <li>{@link #OBJECT_ID} → {@code ObjectId} (a BSON objectId), {@link ObjectIdJdbcType}, recommended by
 * {@link ObjectIdJavaType};</li>
 * <li>{@code JSON} → the BSON value of the JSON text (a sub-document for an object), {@link MongoJsonJdbcType};</li>
 * <li>{@code ARRAY} → {@code Object[]} of the elements as their own type binds them (a BSON array), for
 * basic array attributes and array parameters, {@link MongoArrayJdbcType}.</li>
 * </ul>
 */
public final class MongoTypes {

	/**
	 * The SQL type code of a BSON objectId column ({@link ObjectIdJdbcType}): 7000 plus objectId's BSON type
	 * number (7), a range that {@link SqlTypes} leaves unused.
	 */
	public static final int OBJECT_ID = 7_007;

	/** The type codes whose values the adapter stores as plain BSON values (LOBs are not among them). */
	private static final Set<Integer> STORABLE = Set.of(
			SqlTypes.CHAR, SqlTypes.VARCHAR, SqlTypes.LONGVARCHAR, SqlTypes.LONG32VARCHAR,
			SqlTypes.NCHAR, SqlTypes.NVARCHAR, SqlTypes.LONGNVARCHAR, SqlTypes.LONG32NVARCHAR,
			SqlTypes.BOOLEAN, SqlTypes.BIT,
			SqlTypes.TINYINT, SqlTypes.SMALLINT, SqlTypes.INTEGER, SqlTypes.BIGINT,
			SqlTypes.REAL, SqlTypes.FLOAT, SqlTypes.DOUBLE, SqlTypes.NUMERIC, SqlTypes.DECIMAL,
			SqlTypes.BINARY, SqlTypes.VARBINARY, SqlTypes.LONGVARBINARY, SqlTypes.LONG32VARBINARY,
			SqlTypes.DATE, SqlTypes.TIME, SqlTypes.TIMESTAMP, SqlTypes.TIMESTAMP_UTC,
			SqlTypes.TIMESTAMP_WITH_TIMEZONE,
			SqlTypes.UUID, SqlTypes.INTERVAL_SECOND, SqlTypes.DURATION,
			SqlTypes.ENUM, SqlTypes.ORDINAL_ENUM,
			SqlTypes.JSON,
			OBJECT_ID
	);

	private MongoTypes() {
	}

	/**
	 * Registers Hibermongo's types; {@code MongoDialect.contributeTypes} calls it after Hibernate's defaults,
	 * which the JdbcTypes listed on this class replace.
	 */
	public static void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		typeContributions.contributeJdbcType( MongoDateJdbcType.INSTANCE );
		typeContributions.contributeJdbcType( MongoTimeJdbcType.INSTANCE );
		typeContributions.contributeJdbcType( MongoTimestampJdbcType.INSTANCE );
		typeContributions.contributeJdbcType( MongoTimestampUtcJdbcType.INSTANCE );
		typeContributions.contributeJdbcType( MongoTimestampWithTimeZoneJdbcType.INSTANCE );
		typeContributions.contributeJdbcType( UUIDJdbcType.INSTANCE );
		typeContributions.contributeJdbcType( MongoDurationJdbcType.INSTANCE );
		// Hibernate 7 maps Duration to DURATION (NUMERIC of nanoseconds, a decimal128 here) unless
		// hibernate.type.preferred_duration_jdbc_type says INTERVAL_SECOND: store int64 either way
		typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
				.addDescriptor( SqlTypes.DURATION, MongoDurationJdbcType.INSTANCE );
		typeContributions.contributeJdbcType( ObjectIdJdbcType.INSTANCE );
		typeContributions.contributeJdbcType( MongoJsonJdbcType.INSTANCE );
		typeContributions.contributeJavaType( ObjectIdJavaType.INSTANCE );
		typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addTypeConstructor( MongoArrayJdbcType.CONSTRUCTOR );
		addColumnTypeNames( typeContributions, serviceRegistry );
	}

	/**
	 * Names, for schema tools, the column types that the standard dialect does not know and our JdbcTypes
	 * introduce, after the BSON type that stores them; a name the dialect gives already is kept.
	 */
	private static void addColumnTypeNames(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		final Dialect dialect = serviceRegistry.requireService( JdbcServices.class ).getDialect();
		final DdlTypeRegistry ddlTypes = typeContributions.getTypeConfiguration().getDdlTypeRegistry();
		ddlTypes.addDescriptorIfAbsent( new DdlTypeImpl( SqlTypes.UUID, "binData", dialect ) );
		ddlTypes.addDescriptorIfAbsent( new DdlTypeImpl( SqlTypes.INTERVAL_SECOND, "long", dialect ) );
		ddlTypes.addDescriptorIfAbsent( new DdlTypeImpl( OBJECT_ID, "objectId", dialect ) );
	}

	/**
	 * Whether the adapter stores the values of a basic attribute or column as plain BSON values: strings,
	 * booleans, numbers, binaries, dates, times, timestamps, UUIDs, durations, enums and ObjectIds, or as a
	 * reference to a value stored elsewhere (a {@link ReferencingJdbcType}, which the gridfs module gives
	 * LOBs). LOBs of Hibernate's own types ({@code BLOB}, {@code CLOB}, {@code NCLOB} and their
	 * materialized forms) are not storable. Decided by the JdbcType's {@linkplain
	 * org.hibernate.type.descriptor.jdbc.JdbcType#getDefaultSqlTypeCode() SQL type code}, which names the
	 * column type even where the JDBC type code is a generic one such as {@code OTHER}.
	 */
	public static boolean isStorable(JdbcMapping mapping) {
		return STORABLE.contains( mapping.getJdbcType().getDefaultSqlTypeCode() )
				|| mapping.getJdbcType() instanceof ReferencingJdbcType
				|| isStorableArray( mapping.getJdbcType() );
	}

	/** Whether values of this JdbcType are JSON values stored as BSON (documents, arrays or scalars). */
	public static boolean isJson(JdbcType jdbcType) {
		return jdbcType instanceof MongoJsonJdbcType;
	}

	/** Whether values of this JdbcType are arrays (Hibernate's basic arrays and array parameters). */
	public static boolean isArray(JdbcType jdbcType) {
		return jdbcType instanceof MongoArrayJdbcType;
	}

	/**
	 * Whether a column is one of Hibernate's basic arrays whose elements are stored as plain BSON values
	 * (so an array of arrays, or of LOBs, is not).
	 */
	public static boolean isStorableArray(JdbcType jdbcType) {
		return jdbcType instanceof MongoArrayJdbcType array
				&& STORABLE.contains( array.getElementJdbcType().getDefaultSqlTypeCode() );
	}
}
