package io.hibermongo.dialect.internal.schema;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * The Bean Validation constraints (default group) of an attribute that JSON Schema can express, read
 * through the provider's metadata API, so composed constraints and XML mappings count:
 * <ul>
 * <li>{@code @NotNull} → required; {@code @NotEmpty} / {@code @NotBlank} → required and, on strings,
 *     {@code minLength: 1} (blankness itself is left to the validator);</li>
 * <li>{@code @Size} on strings → {@code maxLength} (its minimum is left out: the server counts code
 *     points, Bean Validation UTF-16 units, so a minimum could refuse a value the validator accepts);</li>
 * <li>{@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax}, {@code @Positive},
 *     {@code @PositiveOrZero}, {@code @Negative}, {@code @NegativeOrZero} on numbers → {@code minimum} /
 *     {@code maximum} with {@code exclusiveMinimum} / {@code exclusiveMaximum};</li>
 * <li>{@code @Pattern} without flags on strings → {@code pattern: "^(?:regexp)$"}: Bean Validation
 *     matches the whole value, JSON Schema searches in it.</li>
 * </ul>
 * Only constraints that are never stricter than the validator's own check are written, so a value Bean
 * Validation accepts is never refused by the server. Loaded only when {@code jakarta.validation} is on the
 * class path.
 */
final class BeanValidationConstraints implements FieldConstraints {

	private static final Logger LOG = Logger.getLogger( BeanValidationConstraints.class.getName() );

	private final ValidatorFactory factory;
	private final boolean owned;

	private BeanValidationConstraints(ValidatorFactory factory, boolean owned) {
		this.factory = factory;
		this.owned = owned;
	}

	/**
	 * The constraints seen by the {@code ValidatorFactory} given in the settings (JPA's
	 * {@code jakarta.persistence.validation.factory}), else by the default one; {@link #NONE} when Bean
	 * Validation is off or no provider is on the class path.
	 */
	static FieldConstraints from(Map<String, Object> settings) {
		Object mode = settings.get( "jakarta.persistence.validation.mode" );
		if ( mode != null && "none".equalsIgnoreCase( mode.toString() ) ) {
			return NONE;
		}
		if ( settings.get( "jakarta.persistence.validation.factory" ) instanceof ValidatorFactory given ) {
			return new BeanValidationConstraints( given, false );
		}
		try {
			return new BeanValidationConstraints( Validation.buildDefaultValidatorFactory(), true );
		}
		catch (ValidationException e) {
			LOG.info( "Bean Validation API present but no provider: the $jsonSchema validators carry no Bean Validation constraints ("
					+ e.getMessage() + ")" );
			return NONE;
		}
	}

	/** Closes the factory if it was built here. */
	void close() {
		if ( owned ) {
			factory.close();
		}
	}

	@Override
	public boolean apply(MappedField field, BsonDocument schema) {
		if ( field.owner() == null ) {
			return false;
		}
		PropertyDescriptor property = factory.getValidator().getConstraintsForClass( field.owner() )
				.getConstraintsForProperty( field.attribute() );
		if ( property == null ) {
			return false;
		}
		boolean required = false;
		for ( ConstraintDescriptor<?> descriptor : property.getConstraintDescriptors() ) {
			if ( descriptor.getGroups().contains( Default.class ) ) {
				required |= apply( descriptor, field, schema );
			}
		}
		return required;
	}

	private static boolean apply(ConstraintDescriptor<?> descriptor, MappedField field, BsonDocument schema) {
		boolean required = false;
		for ( ConstraintDescriptor<?> composing : descriptor.getComposingConstraints() ) {
			required |= apply( composing, field, schema );
		}
		String type = schema.isString( "bsonType" ) ? schema.getString( "bsonType" ).getValue() : null;
		boolean string = "string".equals( type );
		boolean number = type != null && ( type.equals( "int" ) || type.equals( "long" ) || type.equals( "double" ) || type.equals( "decimal" ) );
		Annotation annotation = descriptor.getAnnotation();
		if ( annotation instanceof NotNull ) {
			return true;
		}
		if ( annotation instanceof NotEmpty || annotation instanceof NotBlank ) {
			if ( string ) {
				schema.put( "minLength", new BsonInt32( 1 ) );
			}
			return true;
		}
		if ( annotation instanceof Size size && string ) {
			if ( size.max() < Integer.MAX_VALUE ) {
				schema.put( "maxLength", new BsonInt32( size.max() ) );
			}
		}
		else if ( annotation instanceof Pattern pattern && string && pattern.flags().length == 0 ) {
			schema.put( "pattern", new BsonString( "^(?:" + pattern.regexp() + ")$" ) );
		}
		else if ( number ) {
			bound( annotation, schema );
		}
		return required;
	}

	private static void bound(Annotation annotation, BsonDocument schema) {
		if ( annotation instanceof Min min ) {
			minimum( schema, integer( min.value() ), false );
		}
		else if ( annotation instanceof Max max ) {
			maximum( schema, integer( max.value() ), false );
		}
		else if ( annotation instanceof DecimalMin min ) {
			minimum( schema, decimal( min.value() ), !min.inclusive() );
		}
		else if ( annotation instanceof DecimalMax max ) {
			maximum( schema, decimal( max.value() ), !max.inclusive() );
		}
		else if ( annotation instanceof Positive || annotation instanceof PositiveOrZero ) {
			minimum( schema, new BsonInt32( 0 ), annotation instanceof Positive );
		}
		else if ( annotation instanceof Negative || annotation instanceof NegativeOrZero ) {
			maximum( schema, new BsonInt32( 0 ), annotation instanceof Negative );
		}
	}

	private static BsonValue integer(long value) {
		return value == (int) value ? new BsonInt32( (int) value ) : new BsonInt64( value );
	}

	private static BsonValue decimal(String value) {
		return new BsonDecimal128( new Decimal128( new BigDecimal( value ) ) );
	}

	private static void minimum(BsonDocument schema, BsonValue value, boolean exclusive) {
		schema.put( "minimum", value );
		if ( exclusive ) {
			schema.put( "exclusiveMinimum", BsonBoolean.TRUE );
		}
	}

	private static void maximum(BsonDocument schema, BsonValue value, boolean exclusive) {
		schema.put( "maximum", value );
		if ( exclusive ) {
			schema.put( "exclusiveMaximum", BsonBoolean.TRUE );
		}
	}
}
