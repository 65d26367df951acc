package io.hibermongo.dialect.internal.mql;

import org.bson.BsonValue;

/**
 * Resolves operands while a command is written out: with the bound parameters for execution, or with
 * placeholders for the statement text.
 */
public final class Values {

	/** Renders slots as placeholders; used for the statement text only. */
	public static final Values TEMPLATE = new Values( null );

	private final BsonValue[] parameters;

	private Values(BsonValue[] parameters) {
		this.parameters = parameters;
	}

	public static Values bound(BsonValue[] parameters) {
		return new Values( parameters );
	}

	public BsonValue of(Operand operand) {
		return parameters == null ? operand.template() : operand.value( parameters );
	}

	/** True when the operand is SQL NULL in this execution; never true while rendering the template. */
	public boolean isNull(Operand operand) {
		return parameters != null && operand.value( parameters ).isNull();
	}

	public boolean isTemplate() {
		return parameters == null;
	}
}
