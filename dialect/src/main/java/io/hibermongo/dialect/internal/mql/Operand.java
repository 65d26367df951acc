package io.hibermongo.dialect.internal.mql;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * A value inside a command: either fixed when the statement is translated, or a parameter slot
 * filled by each execution. User data only ever enters a command through a slot, as one BSON value,
 * so it can never change the command's shape.
 */
public sealed interface Operand {

	/** The value this operand has in one execution. */
	BsonValue value(BsonValue[] parameters);

	/** How the operand is shown in the statement text ({@code hibernate.show_sql}). */
	BsonValue template();

	/** A value known at translation time (an HQL literal). */
	record Literal(BsonValue literal) implements Operand {
		@Override
		public BsonValue value(BsonValue[] parameters) {
			return literal;
		}

		@Override
		public BsonValue template() {
			return literal;
		}
	}

	/** The JDBC parameter at {@code index} (0-based). Shown as <code>{"$param": n}</code>, n 1-based. */
	record Parameter(int index) implements Operand {
		@Override
		public BsonValue value(BsonValue[] parameters) {
			return parameters[index];
		}

		@Override
		public BsonValue template() {
			return new BsonDocument( "$param", new BsonInt32( index + 1 ) );
		}
	}

	/**
	 * The {@code _id}s the read of a {@link MqlCommand.ReadThenWrite} found, one array bound after the
	 * statement's JDBC parameters at {@code index}. Shown as <code>{"$readIds": "c0"}</code>.
	 */
	record ReadIds(int index) implements Operand {
		@Override
		public BsonValue value(BsonValue[] parameters) {
			return index < parameters.length ? parameters[index] : template();
		}

		@Override
		public BsonValue template() {
			return new BsonDocument( "$readIds", new org.bson.BsonString( "c0" ) );
		}
	}

	/**
	 * Column {@code c<index>} of a row that the read of a {@link MqlCommand.InsertSelect} returned, each
	 * row being bound as its own array of values. Shown as <code>{"$row": "c&lt;index&gt;"}</code>.
	 */
	record RowColumn(int index) implements Operand {
		@Override
		public BsonValue value(BsonValue[] row) {
			return row[index];
		}

		@Override
		public BsonValue template() {
			return new BsonDocument( "$row", new org.bson.BsonString( "c" + index ) );
		}
	}
}
