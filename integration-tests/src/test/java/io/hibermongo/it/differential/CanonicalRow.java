package io.hibermongo.it.differential;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.hibernate.collection.spi.PersistentBag;

/**
 * Renders a query result row (a single value, an {@code Object[]} tuple, an entity or an embeddable,
 * with its collections: lists in order, sets, bags and maps sorted) as a canonical string, so rows from H2 and from MongoDB can be compared as text.
 * <p>
 * It removes only Java accidents, never semantics: every number is written by its value (an
 * {@code Integer} 3, a {@code Long} 3, a {@code BigDecimal} 3.00 and a {@code Double} 3.0 all read
 * {@code 3}; a double is rounded to {@value #DOUBLE_DIGITS} significant digits, because a sum or an
 * average of doubles may legitimately differ in its last bits with the order of summation). A null stays
 * {@code null}, distinct from {@code 0} and from the string {@code "null"}; strings are quoted and escaped,
 * so {@code ""} and trailing spaces stay visible.
 */
final class CanonicalRow {

	private static final int DOUBLE_DIGITS = 12;
	private static final MathContext DOUBLE_PRECISION = new MathContext( DOUBLE_DIGITS, RoundingMode.HALF_EVEN );

	private CanonicalRow() {
	}

	static String render(Object value) {
		if ( value == null ) {
			return "null";
		}
		if ( value instanceof Object[] tuple && value.getClass() == Object[].class ) {
			return Arrays.stream( tuple ).map( CanonicalRow::render ).collect( Collectors.joining( ", ", "(", ")" ) );
		}
		if ( value instanceof CharSequence || value instanceof Character ) {
			return quote( value.toString() );
		}
		if ( value instanceof Double || value instanceof Float ) {
			return renderFloatingPoint( ( (Number) value ).doubleValue() );
		}
		if ( value instanceof BigDecimal decimal ) {
			return renderDecimal( decimal );
		}
		if ( value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger ) {
			return new BigDecimal( value.toString() ).toPlainString();
		}
		if ( value instanceof Enum<?> constant ) {
			return constant.name();
		}
		if ( value instanceof Class<?> type ) {
			// type(e) of an entity in a select
			return type.getSimpleName();
		}
		if ( value.getClass().isAnnotationPresent( Entity.class ) || value.getClass().isAnnotationPresent( Embeddable.class ) ) {
			return renderMapped( value );
		}
		if ( value instanceof Map<?, ?> map ) {
			return map.entrySet().stream().map( entry -> render( entry.getKey() ) + "=" + render( entry.getValue() ) ).sorted()
					.collect( Collectors.joining( ", ", "{", "}" ) );
		}
		if ( value instanceof List<?> list && !( value instanceof PersistentBag<?> ) ) {
			return list.stream().map( CanonicalRow::render ).collect( Collectors.joining( ", ", "[", "]" ) );
		}
		if ( value instanceof Collection<?> collection ) {
			// a set or a bag: no order
			return collection.stream().map( CanonicalRow::render ).sorted().collect( Collectors.joining( ", ", "[", "]" ) );
		}
		if ( value.getClass().isArray() ) {
			// a basic array attribute (int[], String[] inside a tuple…): elements in order
			return IntStream.range( 0, Array.getLength( value ) ).mapToObj( i -> render( Array.get( value, i ) ) )
					.collect( Collectors.joining( ", ", "[", "]" ) );
		}
		if ( value instanceof Boolean || value instanceof java.time.temporal.Temporal || value instanceof java.time.Duration || value instanceof UUID || value.getClass().isRecord() ) {
			return value.toString();
		}
		throw new IllegalArgumentException( "No canonical rendering for " + value.getClass().getName() + ": " + value );
	}

	private static String renderFloatingPoint(double value) {
		if ( Double.isNaN( value ) || Double.isInfinite( value ) ) {
			return Double.toString( value );
		}
		return renderDecimal( new BigDecimal( value ).round( DOUBLE_PRECISION ) );
	}

	private static String renderDecimal(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/**
	 * An entity or embeddable as {@code Type{field=value, …}}, in declaration order, the fields of its mapped
	 * superclasses (entities, {@code @MappedSuperclass}es) first.
	 */
	private static String renderMapped(Object value) {
		StringBuilder rendered = new StringBuilder( value.getClass().getSimpleName() ).append( '{' );
		String separator = "";
		List<Class<?>> hierarchy = new java.util.ArrayList<>();
		for ( Class<?> type = value.getClass(); type != null && isMapped( type ); type = type.getSuperclass() ) {
			hierarchy.add( 0, type );
		}
		for ( Class<?> type : hierarchy ) {
			for ( Field field : type.getDeclaredFields() ) {
				if ( Modifier.isStatic( field.getModifiers() ) ) {
					continue;
				}
				rendered.append( separator ).append( field.getName() ).append( '=' ).append( render( read( field, value ) ) );
				separator = ", ";
			}
		}
		return rendered.append( '}' ).toString();
	}

	private static boolean isMapped(Class<?> type) {
		return type.isAnnotationPresent( Entity.class ) || type.isAnnotationPresent( Embeddable.class )
				|| type.isAnnotationPresent( jakarta.persistence.MappedSuperclass.class );
	}

	private static Object read(Field field, Object owner) {
		try {
			field.setAccessible( true );
			return field.get( owner );
		}
		catch (IllegalAccessException e) {
			throw new AssertionError( "Test model fields are accessible to the tests", e );
		}
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder( "\"" );
		text.codePoints().forEach( codePoint -> {
			if ( codePoint == '"' || codePoint == '\\' ) {
				quoted.append( '\\' ).appendCodePoint( codePoint );
			}
			else if ( codePoint < 0x20 || codePoint == 0x7f ) {
				quoted.append( String.format( "\\u%04x", codePoint ) );
			}
			else {
				quoted.appendCodePoint( codePoint );
			}
		} );
		return quoted.append( '"' ).toString();
	}
}
