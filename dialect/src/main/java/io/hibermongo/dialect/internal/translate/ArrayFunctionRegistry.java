package io.hibermongo.dialect.internal.translate;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.dialect.function.CommonFunctionFactory;
import org.hibernate.dialect.function.array.ArrayArgumentValidator;
import org.hibernate.dialect.function.array.ArrayViaArgumentReturnTypeResolver;
import org.hibernate.query.sqm.produce.function.ArgumentTypesValidator;
import org.hibernate.query.sqm.produce.function.FunctionParameterType;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionArgumentTypeResolvers;

/**
 * Registers Hibernate's array and JSON functions for {@code MongoDialect}, with the descriptors Hibernate's H2
 * dialect uses (the H2 differential tests' oracle): their argument checks and result types apply, their SQL
 * rendering never does. {@link ArrayFunctions} translates or refuses each by name.
 */
public final class ArrayFunctionRegistry {

	/** The array size H2's descriptors would render into SQL; unused, since nothing is rendered as SQL. */
	private static final int UNRENDERED_ARRAY_SIZE = 1000;

	private ArrayFunctionRegistry() {
	}

	public static void register(FunctionContributions functionContributions) {
		CommonFunctionFactory functions = new CommonFunctionFactory( functionContributions );
		functions.array();
		functions.arrayAggregate();
		functions.arrayPosition_h2( UNRENDERED_ARRAY_SIZE );
		functions.arrayPositions_h2( UNRENDERED_ARRAY_SIZE );
		functions.arrayLength_cardinality();
		functions.arrayConcat_operator();
		functions.arrayPrepend_operator();
		functions.arrayAppend_operator();
		functions.arrayContains_h2( UNRENDERED_ARRAY_SIZE );
		functions.arrayIntersects_h2( UNRENDERED_ARRAY_SIZE );
		functions.arrayGet_h2();
		functions.arraySet_h2( UNRENDERED_ARRAY_SIZE );
		functions.arrayRemove_h2( UNRENDERED_ARRAY_SIZE );
		functions.arrayRemoveIndex_h2( UNRENDERED_ARRAY_SIZE );
		registerArraySlice( functionContributions );
		functions.arrayReplace_h2( UNRENDERED_ARRAY_SIZE );
		functions.arrayTrim_trim_array();
		functions.arrayReverse_h2( UNRENDERED_ARRAY_SIZE );
		functions.arraySort_h2( UNRENDERED_ARRAY_SIZE );
		functions.arrayFill_h2();
		functions.arrayToString_h2( UNRENDERED_ARRAY_SIZE );
		functions.jsonValue_h2();
		functions.jsonQuery_h2();
		functions.jsonExists_h2();
		functions.unnest_h2( UNRENDERED_ARRAY_SIZE );
	}

	/**
	 * {@code array_slice(array, start, end)} with the argument checks and result type of Hibernate's own
	 * descriptor, registered as a plain function: Hibernate registers it as an aggregate pattern, which would
	 * make the query look grouped.
	 */
	private static void registerArraySlice(FunctionContributions functionContributions) {
		functionContributions.getFunctionRegistry().patternDescriptorBuilder( "array_slice", "array_slice(?1,?2,?3)" )
				.setArgumentsValidator( StandardArgumentsValidators.composite(
						new ArgumentTypesValidator( null, FunctionParameterType.ANY, FunctionParameterType.INTEGER, FunctionParameterType.INTEGER ),
						ArrayArgumentValidator.DEFAULT_INSTANCE ) )
				.setReturnTypeResolver( ArrayViaArgumentReturnTypeResolver.DEFAULT_INSTANCE )
				.setArgumentTypeResolver( StandardFunctionArgumentTypeResolvers.composite(
						StandardFunctionArgumentTypeResolvers.invariant( FunctionParameterType.ANY, FunctionParameterType.INTEGER, FunctionParameterType.INTEGER ),
						StandardFunctionArgumentTypeResolvers.IMPLIED_RESULT_TYPE ) )
				.setArgumentListSignature( "(ARRAY array, INTEGER start, INTEGER end)" )
				.register();
	}
}
