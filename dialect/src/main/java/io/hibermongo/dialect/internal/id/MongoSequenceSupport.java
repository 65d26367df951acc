package io.hibermongo.dialect.internal.id;

import io.hibermongo.dialect.internal.mql.MqlCommand;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.hibernate.MappingException;
import org.hibernate.dialect.sequence.SequenceSupport;

/**
 * Sequences emulated by counters: a sequence is the document <code>{_id: &lt;name&gt;, next_val: n}</code> of
 * the counter collection, and {@code nextval} is one atomic {@code findOneAndUpdate} with {@code $inc} by
 * the sequence's increment (its {@code allocationSize}), so Hibernate's pooled optimizers work unchanged.
 * <p>
 * The statement text Hibernate logs names the sequence; the command it stands for, with the increment of
 * that sequence, is registered for the SessionFactory by {@link GeneratorStatements}.
 */
public final class MongoSequenceSupport implements SequenceSupport {

	private final String counterCollection;

	public MongoSequenceSupport(String counterCollection) {
		this.counterCollection = counterCollection;
	}

	@Override
	public boolean supportsPooledSequences() {
		return true;
	}

	@Override
	public String getSelectSequenceNextValString(String sequenceName) {
		return getSequenceNextValString( sequenceName );
	}

	@Override
	public String getSequenceNextValString(String sequenceName) {
		return new BsonDocument( "findAndModify", new BsonString( counterCollection ) )
				.append( "query", new BsonDocument( "_id", new BsonString( CounterNames.checked( "sequence name", sequenceName ) ) ) )
				.append( "update", new BsonDocument( "$inc", new BsonDocument( MqlCommand.CounterIncrement.FIELD,
						new BsonString( "<increment of " + sequenceName + ">" ) ) ) )
				.append( "new", BsonBoolean.FALSE )
				.toJson( MqlCommand.TEXT );
	}

	@Override
	public String getSequenceNextValString(String sequenceName, int increment) {
		return getSequenceNextValString( sequenceName );
	}

	@Override
	public String getCreateSequenceString(String sequenceName) {
		throw new MappingException( "Sequences are created by Hibermongo's counter exporter, not by SQL" );
	}

	@Override
	public String getDropSequenceString(String sequenceName) {
		throw new MappingException( "Sequences are dropped by Hibermongo's counter exporter, not by SQL" );
	}
}
